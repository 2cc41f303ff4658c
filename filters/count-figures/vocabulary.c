/* vocabulary.c: tables of number words, months, currencies and units, and their lookup; no I/O. */
#include <stdint.h>
#include <string.h>

#include "hash.h"
#include "vocabulary.h"

/* Words that may take a plural "s" ("dollars", "fifths", "years"). */
#define PLURALIZABLE	(1u << 31)

struct entry {
	const char	*word;
	unsigned int	 roles;
	double		 number;	/* cardinal, scale, ordinal or month, by role */
	const char	*text;		/* currency code or unit name */
	double		 factor;	/* currency factor; 0 means 1 */
};

#define P	PLURALIZABLE
static const struct entry entries[] = {
	{ "zero", ROLE_CARDINAL, 0, NULL, 0 }, { "nought", ROLE_CARDINAL, 0, NULL, 0 },
	{ "naught", ROLE_CARDINAL, 0, NULL, 0 }, { "one", ROLE_CARDINAL, 1, NULL, 0 },
	{ "two", ROLE_CARDINAL, 2, NULL, 0 }, { "three", ROLE_CARDINAL, 3, NULL, 0 },
	{ "four", ROLE_CARDINAL, 4, NULL, 0 }, { "five", ROLE_CARDINAL, 5, NULL, 0 },
	{ "six", ROLE_CARDINAL, 6, NULL, 0 }, { "seven", ROLE_CARDINAL, 7, NULL, 0 },
	{ "eight", ROLE_CARDINAL, 8, NULL, 0 }, { "nine", ROLE_CARDINAL, 9, NULL, 0 },
	{ "ten", ROLE_CARDINAL, 10, NULL, 0 }, { "eleven", ROLE_CARDINAL, 11, NULL, 0 },
	{ "twelve", ROLE_CARDINAL, 12, NULL, 0 }, { "thirteen", ROLE_CARDINAL, 13, NULL, 0 },
	{ "fourteen", ROLE_CARDINAL, 14, NULL, 0 }, { "fifteen", ROLE_CARDINAL, 15, NULL, 0 },
	{ "sixteen", ROLE_CARDINAL, 16, NULL, 0 }, { "seventeen", ROLE_CARDINAL, 17, NULL, 0 },
	{ "eighteen", ROLE_CARDINAL, 18, NULL, 0 }, { "nineteen", ROLE_CARDINAL, 19, NULL, 0 },
	{ "twenty", ROLE_CARDINAL, 20, NULL, 0 }, { "thirty", ROLE_CARDINAL, 30, NULL, 0 },
	{ "forty", ROLE_CARDINAL, 40, NULL, 0 }, { "fourty", ROLE_CARDINAL, 40, NULL, 0 },
	{ "fifty", ROLE_CARDINAL, 50, NULL, 0 }, { "sixty", ROLE_CARDINAL, 60, NULL, 0 },
	{ "seventy", ROLE_CARDINAL, 70, NULL, 0 }, { "eighty", ROLE_CARDINAL, 80, NULL, 0 },
	{ "ninety", ROLE_CARDINAL, 90, NULL, 0 },

	{ "hundred", ROLE_SCALE | P, 1e2, NULL, 0 }, { "thousand", ROLE_SCALE | P, 1e3, NULL, 0 },
	{ "million", ROLE_SCALE | P, 1e6, NULL, 0 }, { "billion", ROLE_SCALE | P, 1e9, NULL, 0 },
	{ "trillion", ROLE_SCALE | P, 1e12, NULL, 0 }, { "lakh", ROLE_SCALE | P, 1e5, NULL, 0 },
	{ "lac", ROLE_SCALE, 1e5, NULL, 0 }, { "crore", ROLE_SCALE | P, 1e7, NULL, 0 },
	{ "dozen", ROLE_DOZEN | P, 12, NULL, 0 }, { "doz", ROLE_DOZEN | P, 12, NULL, 0 },
	{ "dz", ROLE_DOZEN | P, 12, NULL, 0 }, { "dzs", ROLE_DOZEN, 12, NULL, 0 },
	{ "dozs", ROLE_DOZEN, 12, NULL, 0 },
	{ "k", ROLE_ABBREVIATION, 1e3, NULL, 0 }, { "mn", ROLE_ABBREVIATION, 1e6, NULL, 0 },
	{ "mln", ROLE_ABBREVIATION, 1e6, NULL, 0 }, { "mil", ROLE_ABBREVIATION, 1e6, NULL, 0 },
	{ "mio", ROLE_ABBREVIATION, 1e6, NULL, 0 }, { "bn", ROLE_ABBREVIATION, 1e9, NULL, 0 },
	{ "bln", ROLE_ABBREVIATION, 1e9, NULL, 0 }, { "b", ROLE_ABBREVIATION, 1e9, NULL, 0 },
	{ "tn", ROLE_ABBREVIATION, 1e12, NULL, 0 }, { "tln", ROLE_ABBREVIATION, 1e12, NULL, 0 },
	{ "trn", ROLE_ABBREVIATION, 1e12, NULL, 0 }, { "cr", ROLE_ABBREVIATION, 1e7, NULL, 0 },

	{ "first", ROLE_ORDINAL | P, 1, NULL, 0 }, { "second", ROLE_ORDINAL, 2, NULL, 0 },
	{ "third", ROLE_ORDINAL | P, 3, NULL, 0 }, { "fourth", ROLE_ORDINAL | P, 4, NULL, 0 },
	{ "fifth", ROLE_ORDINAL | P, 5, NULL, 0 }, { "sixth", ROLE_ORDINAL | P, 6, NULL, 0 },
	{ "seventh", ROLE_ORDINAL | P, 7, NULL, 0 }, { "eighth", ROLE_ORDINAL | P, 8, NULL, 0 },
	{ "ninth", ROLE_ORDINAL | P, 9, NULL, 0 }, { "tenth", ROLE_ORDINAL | P, 10, NULL, 0 },
	{ "eleventh", ROLE_ORDINAL | P, 11, NULL, 0 }, { "twelfth", ROLE_ORDINAL | P, 12, NULL, 0 },
	{ "thirteenth", ROLE_ORDINAL | P, 13, NULL, 0 }, { "fourteenth", ROLE_ORDINAL | P, 14, NULL, 0 },
	{ "fifteenth", ROLE_ORDINAL | P, 15, NULL, 0 }, { "sixteenth", ROLE_ORDINAL | P, 16, NULL, 0 },
	{ "seventeenth", ROLE_ORDINAL | P, 17, NULL, 0 }, { "eighteenth", ROLE_ORDINAL | P, 18, NULL, 0 },
	{ "nineteenth", ROLE_ORDINAL | P, 19, NULL, 0 }, { "twentieth", ROLE_ORDINAL | P, 20, NULL, 0 },
	{ "thirtieth", ROLE_ORDINAL | P, 30, NULL, 0 }, { "fortieth", ROLE_ORDINAL | P, 40, NULL, 0 },
	{ "fiftieth", ROLE_ORDINAL | P, 50, NULL, 0 }, { "sixtieth", ROLE_ORDINAL | P, 60, NULL, 0 },
	{ "seventieth", ROLE_ORDINAL | P, 70, NULL, 0 }, { "eightieth", ROLE_ORDINAL | P, 80, NULL, 0 },
	{ "ninetieth", ROLE_ORDINAL | P, 90, NULL, 0 }, { "hundredth", ROLE_ORDINAL | P, 1e2, NULL, 0 },
	{ "thousandth", ROLE_ORDINAL | P, 1e3, NULL, 0 }, { "millionth", ROLE_ORDINAL | P, 1e6, NULL, 0 },
	{ "billionth", ROLE_ORDINAL | P, 1e9, NULL, 0 }, { "trillionth", ROLE_ORDINAL | P, 1e12, NULL, 0 },
	{ "half", ROLE_DENOMINATOR, 2, NULL, 0 }, { "halves", ROLE_DENOMINATOR, 2, NULL, 0 },
	{ "quarter", ROLE_DENOMINATOR | P, 4, NULL, 0 },

	{ "january", ROLE_MONTH, 1, NULL, 0 }, { "jan", ROLE_MONTH, 1, NULL, 0 },
	{ "february", ROLE_MONTH, 2, NULL, 0 }, { "feb", ROLE_MONTH, 2, NULL, 0 },
	{ "march", ROLE_MONTH, 3, NULL, 0 }, { "mar", ROLE_MONTH, 3, NULL, 0 },
	{ "april", ROLE_MONTH, 4, NULL, 0 }, { "apr", ROLE_MONTH, 4, NULL, 0 },
	{ "may", ROLE_MONTH, 5, NULL, 0 }, { "june", ROLE_MONTH, 6, NULL, 0 },
	{ "jun", ROLE_MONTH, 6, NULL, 0 }, { "july", ROLE_MONTH, 7, NULL, 0 },
	{ "jul", ROLE_MONTH, 7, NULL, 0 }, { "august", ROLE_MONTH, 8, NULL, 0 },
	{ "aug", ROLE_MONTH, 8, NULL, 0 }, { "september", ROLE_MONTH, 9, NULL, 0 },
	{ "sep", ROLE_MONTH, 9, NULL, 0 }, { "sept", ROLE_MONTH, 9, NULL, 0 },
	{ "october", ROLE_MONTH, 10, NULL, 0 }, { "oct", ROLE_MONTH, 10, NULL, 0 },
	{ "november", ROLE_MONTH, 11, NULL, 0 }, { "nov", ROLE_MONTH, 11, NULL, 0 },
	{ "december", ROLE_MONTH, 12, NULL, 0 }, { "dec", ROLE_MONTH, 12, NULL, 0 },
	{ "monday", ROLE_WEEKDAY, 1, NULL, 0 }, { "tuesday", ROLE_WEEKDAY, 2, NULL, 0 },
	{ "wednesday", ROLE_WEEKDAY, 3, NULL, 0 }, { "thursday", ROLE_WEEKDAY, 4, NULL, 0 },
	{ "friday", ROLE_WEEKDAY, 5, NULL, 0 }, { "saturday", ROLE_WEEKDAY, 6, NULL, 0 },
	{ "sunday", ROLE_WEEKDAY, 7, NULL, 0 }, { "mon", ROLE_WEEKDAY, 1, NULL, 0 },
	{ "tue", ROLE_WEEKDAY, 2, NULL, 0 }, { "tues", ROLE_WEEKDAY, 2, NULL, 0 },
	{ "wed", ROLE_WEEKDAY, 3, NULL, 0 }, { "thu", ROLE_WEEKDAY, 4, NULL, 0 },
	{ "thurs", ROLE_WEEKDAY, 4, NULL, 0 }, { "fri", ROLE_WEEKDAY, 5, NULL, 0 },
	{ "sat", ROLE_WEEKDAY, 6, NULL, 0 }, { "sun", ROLE_WEEKDAY, 7, NULL, 0 },

	{ "percent", ROLE_PERCENT | P, 0, NULL, 0 }, { "pct", ROLE_PERCENT, 0, NULL, 0 },
	{ "percentage", ROLE_PHRASE, 0, NULL, 0 }, { "per", ROLE_PHRASE, 0, NULL, 0 },
	{ "basis", ROLE_PHRASE, 0, NULL, 0 },

	{ "dollar", ROLE_CURRENCY | P, 0, "USD", 0 }, { "buck", ROLE_CURRENCY | P, 0, "USD", 0 },
	{ "euro", ROLE_CURRENCY | P, 0, "EUR", 0 }, { "pound", ROLE_CURRENCY | ROLE_UNIT | P, 0, "GBP", 0 },
	{ "sterling", ROLE_CURRENCY, 0, "GBP", 0 }, { "pence", ROLE_CURRENCY, 0, "GBP", 0.01 },
	{ "penny", ROLE_CURRENCY, 0, "GBP", 0.01 }, { "cent", ROLE_CURRENCY | P, 0, "USD", 0.01 },
	{ "yen", ROLE_CURRENCY, 0, "JPY", 0 }, { "yuan", ROLE_CURRENCY, 0, "CNY", 0 },
	{ "renminbi", ROLE_CURRENCY, 0, "CNY", 0 }, { "kuai", ROLE_CURRENCY, 0, "CNY", 0 },
	{ "mao", ROLE_CURRENCY, 0, "CNY", 0.1 }, { "fen", ROLE_CURRENCY, 0, "CNY", 0.01 },
	{ "rupee", ROLE_CURRENCY | P, 0, "INR", 0 }, { "ruble", ROLE_CURRENCY | P, 0, "RUB", 0 },
	{ "rouble", ROLE_CURRENCY | P, 0, "RUB", 0 }, { "franc", ROLE_CURRENCY | P, 0, NULL, 0 },
	{ "peso", ROLE_CURRENCY | P, 0, NULL, 0 }, { "lira", ROLE_CURRENCY | P, 0, "TRY", 0 },
	{ "rand", ROLE_CURRENCY, 0, "ZAR", 0 }, { "shekel", ROLE_CURRENCY | P, 0, "ILS", 0 },
	{ "dinar", ROLE_CURRENCY | P, 0, NULL, 0 }, { "dirham", ROLE_CURRENCY | P, 0, "AED", 0 },
	{ "riyal", ROLE_CURRENCY | P, 0, "SAR", 0 }, { "baht", ROLE_CURRENCY, 0, "THB", 0 },
	{ "ringgit", ROLE_CURRENCY, 0, "MYR", 0 }, { "rupiah", ROLE_CURRENCY, 0, "IDR", 0 },
	{ "krona", ROLE_CURRENCY, 0, "SEK", 0 }, { "kronor", ROLE_CURRENCY, 0, "SEK", 0 },
	{ "krone", ROLE_CURRENCY, 0, NULL, 0 }, { "kroner", ROLE_CURRENCY, 0, NULL, 0 },
	{ "zloty", ROLE_CURRENCY | P, 0, "PLN", 0 }, { "forint", ROLE_CURRENCY | P, 0, "HUF", 0 },
	{ "hryvnia", ROLE_CURRENCY | P, 0, "UAH", 0 }, { "naira", ROLE_CURRENCY, 0, "NGN", 0 },
	{ "shilling", ROLE_CURRENCY | P, 0, NULL, 0 }, { "markka", ROLE_CURRENCY, 0, "FIM", 0 },
	{ "markkaa", ROLE_CURRENCY, 0, "FIM", 0 }, { "guilder", ROLE_CURRENCY | P, 0, "NLG", 0 },
	{ "peseta", ROLE_CURRENCY | P, 0, "ESP", 0 }, { "bitcoin", ROLE_CURRENCY | P, 0, "BTC", 0 },
	{ "reais", ROLE_CURRENCY, 0, "BRL", 0 }, { "dong", ROLE_CURRENCY, 0, "VND", 0 },
	{ "taka", ROLE_CURRENCY, 0, "BDT", 0 }, { "cedi", ROLE_CURRENCY | P, 0, "GHS", 0 },
	{ "tenge", ROLE_CURRENCY, 0, "KZT", 0 }, { "drachma", ROLE_CURRENCY | P, 0, "GRD", 0 },
	{ "deutschmark", ROLE_CURRENCY | P, 0, "DEM", 0 }, { "rs", ROLE_CURRENCY, 0, "INR", 0 },
	{ "\xe0\xae\xb0\xe0\xaf\x82", ROLE_CURRENCY, 0, "LKR", 0 },
	{ "usd", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "USD", 0 },
	{ "eur", ROLE_CURRENCY, 0, "EUR", 0 }, { "gbp", ROLE_CURRENCY, 0, "GBP", 0 },
	{ "jpy", ROLE_CURRENCY, 0, "JPY", 0 }, { "cny", ROLE_CURRENCY, 0, "CNY", 0 },
	{ "rmb", ROLE_CURRENCY, 0, "CNY", 0 }, { "chf", ROLE_CURRENCY, 0, "CHF", 0 },
	{ "cad", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "CAD", 0 },
	{ "aud", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "AUD", 0 },
	{ "nzd", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "NZD", 0 },
	{ "hkd", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "HKD", 0 },
	{ "sgd", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "SGD", 0 },
	{ "mxn", ROLE_CURRENCY | ROLE_CURRENCY_PREFIX, 0, "MXN", 0 },
	{ "inr", ROLE_CURRENCY, 0, "INR", 0 }, { "rub", ROLE_CURRENCY, 0, "RUB", 0 },
	{ "brl", ROLE_CURRENCY, 0, "BRL", 0 }, { "zar", ROLE_CURRENCY, 0, "ZAR", 0 },
	{ "sek", ROLE_CURRENCY, 0, "SEK", 0 }, { "nok", ROLE_CURRENCY, 0, "NOK", 0 },
	{ "dkk", ROLE_CURRENCY, 0, "DKK", 0 }, { "pln", ROLE_CURRENCY, 0, "PLN", 0 },
	{ "czk", ROLE_CURRENCY, 0, "CZK", 0 }, { "huf", ROLE_CURRENCY, 0, "HUF", 0 },
	{ "krw", ROLE_CURRENCY, 0, "KRW", 0 }, { "twd", ROLE_CURRENCY, 0, "TWD", 0 },
	{ "thb", ROLE_CURRENCY, 0, "THB", 0 }, { "idr", ROLE_CURRENCY, 0, "IDR", 0 },
	{ "myr", ROLE_CURRENCY, 0, "MYR", 0 }, { "vnd", ROLE_CURRENCY, 0, "VND", 0 },
	{ "ils", ROLE_CURRENCY, 0, "ILS", 0 }, { "aed", ROLE_CURRENCY, 0, "AED", 0 },
	{ "sar", ROLE_CURRENCY, 0, "SAR", 0 }, { "egp", ROLE_CURRENCY, 0, "EGP", 0 },
	{ "ngn", ROLE_CURRENCY, 0, "NGN", 0 }, { "kes", ROLE_CURRENCY, 0, "KES", 0 },
	{ "pkr", ROLE_CURRENCY, 0, "PKR", 0 }, { "uah", ROLE_CURRENCY, 0, "UAH", 0 },
	{ "btc", ROLE_CURRENCY, 0, "BTC", 0 },
	{ "musd", ROLE_CURRENCY, 0, "USD", 1e6 }, { "meur", ROLE_CURRENCY, 0, "EUR", 1e6 },
	{ "mgbp", ROLE_CURRENCY, 0, "GBP", 1e6 }, { "maud", ROLE_CURRENCY, 0, "AUD", 1e6 },
	{ "mcad", ROLE_CURRENCY, 0, "CAD", 1e6 }, { "mchf", ROLE_CURRENCY, 0, "CHF", 1e6 },
	{ "msek", ROLE_CURRENCY, 0, "SEK", 1e6 }, { "mnok", ROLE_CURRENCY, 0, "NOK", 1e6 },
	{ "mdkk", ROLE_CURRENCY, 0, "DKK", 1e6 },
	{ "us", ROLE_CURRENCY_PREFIX, 0, "USD", 0 }, { "hk", ROLE_CURRENCY_PREFIX, 0, "HKD", 0 },
	{ "nz", ROLE_CURRENCY_PREFIX, 0, "NZD", 0 }, { "nt", ROLE_CURRENCY_PREFIX, 0, "TWD", 0 },
	{ "mex", ROLE_CURRENCY_PREFIX, 0, "MXN", 0 }, { "mx", ROLE_CURRENCY_PREFIX, 0, "MXN", 0 },
	{ "c", ROLE_CURRENCY_PREFIX, 0, "CAD", 0 }, { "a", ROLE_CURRENCY_PREFIX, 0, "AUD", 0 },
	{ "s", ROLE_CURRENCY_PREFIX, 0, "SGD", 0 }, { "r", ROLE_CURRENCY_PREFIX, 0, "BRL", 0 },
	{ "au", ROLE_CURRENCY_PREFIX, 0, "AUD", 0 }, { "ca", ROLE_CURRENCY_PREFIX, 0, "CAD", 0 },

	{ "meter", ROLE_UNIT | P, 0, "meter", 0 }, { "kilometer", ROLE_UNIT | P, 0, "kilometer", 0 },
	{ "centimeter", ROLE_UNIT | P, 0, "centimeter", 0 },
	{ "millimeter", ROLE_UNIT | P, 0, "millimeter", 0 },
	{ "micrometer", ROLE_UNIT | P, 0, "micrometer", 0 },
	{ "nanometer", ROLE_UNIT | P, 0, "nanometer", 0 },
	{ "mile", ROLE_UNIT | P, 0, "mile", 0 }, { "yard", ROLE_UNIT | P, 0, "yard", 0 },
	{ "foot", ROLE_UNIT, 0, "foot", 0 }, { "feet", ROLE_UNIT, 0, "foot", 0 },
	{ "inch", ROLE_UNIT, 0, "inch", 0 }, { "inches", ROLE_UNIT, 0, "inch", 0 },
	{ "km", ROLE_UNIT, 0, "kilometer", 0 }, { "kms", ROLE_UNIT, 0, "kilometer", 0 },
	{ "cm", ROLE_UNIT, 0, "centimeter", 0 }, { "mm", ROLE_UNIT, 0, "millimeter", 0 },
	{ "ft", ROLE_UNIT, 0, "foot", 0 }, { "yd", ROLE_UNIT, 0, "yard", 0 },
	{ "hectare", ROLE_UNIT | P, 0, "hectare", 0 }, { "acre", ROLE_UNIT | P, 0, "acre", 0 },
	{ "ha", ROLE_UNIT, 0, "hectare", 0 },
	{ "km2", ROLE_UNIT, 0, "square kilometer", 0 },
	{ "km\xc2\xb2", ROLE_UNIT, 0, "square kilometer", 0 },
	{ "m2", ROLE_UNIT, 0, "square meter", 0 }, { "m\xc2\xb2", ROLE_UNIT, 0, "square meter", 0 },
	{ "liter", ROLE_UNIT | P, 0, "liter", 0 }, { "milliliter", ROLE_UNIT | P, 0, "milliliter", 0 },
	{ "ml", ROLE_UNIT, 0, "milliliter", 0 }, { "gallon", ROLE_UNIT | P, 0, "gallon", 0 },
	{ "barrel", ROLE_UNIT | P, 0, "barrel", 0 }, { "bbl", ROLE_UNIT, 0, "barrel", 0 },
	{ "pint", ROLE_UNIT | P, 0, "pint", 0 }, { "quart", ROLE_UNIT | P, 0, "quart", 0 },
	{ "bushel", ROLE_UNIT | P, 0, "bushel", 0 },
	{ "gram", ROLE_UNIT | P, 0, "gram", 0 }, { "kilogram", ROLE_UNIT | P, 0, "kilogram", 0 },
	{ "kilo", ROLE_UNIT | P, 0, "kilogram", 0 },
	{ "milligram", ROLE_UNIT | P, 0, "milligram", 0 },
	{ "microgram", ROLE_UNIT | P, 0, "microgram", 0 },
	{ "tonne", ROLE_UNIT | P, 0, "metric ton", 0 }, { "ton", ROLE_UNIT | P, 0, "ton", 0 },
	{ "ounce", ROLE_UNIT | P, 0, "ounce", 0 }, { "kg", ROLE_UNIT, 0, "kilogram", 0 },
	{ "kgs", ROLE_UNIT, 0, "kilogram", 0 }, { "mg", ROLE_UNIT, 0, "milligram", 0 },
	{ "lb", ROLE_UNIT, 0, "pound", 0 }, { "lbs", ROLE_UNIT, 0, "pound", 0 },
	{ "oz", ROLE_UNIT, 0, "ounce", 0 },
	{ "knot", ROLE_UNIT | P, 0, "knot", 0 }, { "mph", ROLE_UNIT, 0, "mile per hour", 0 },
	{ "kph", ROLE_UNIT, 0, "kilometer per hour", 0 },
	{ "kmh", ROLE_UNIT, 0, "kilometer per hour", 0 },
	{ "kmph", ROLE_UNIT, 0, "kilometer per hour", 0 },
	{ "celsius", ROLE_UNIT, 0, "celsius", 0 }, { "centigrade", ROLE_UNIT, 0, "celsius", 0 },
	{ "fahrenheit", ROLE_UNIT, 0, "fahrenheit", 0 }, { "kelvin", ROLE_UNIT, 0, "kelvin", 0 },
	{ "degree", ROLE_UNIT | P, 0, "degree", 0 }, { "deg", ROLE_UNIT, 0, "degree", 0 },
	{ "joule", ROLE_UNIT | P, 0, "joule", 0 }, { "kilojoule", ROLE_UNIT | P, 0, "kilojoule", 0 },
	{ "calorie", ROLE_UNIT | P, 0, "calorie", 0 },
	{ "kilocalorie", ROLE_UNIT | P, 0, "kilocalorie", 0 },
	{ "kcal", ROLE_UNIT, 0, "kilocalorie", 0 },
	{ "watt", ROLE_UNIT | P, 0, "watt", 0 }, { "kilowatt", ROLE_UNIT | P, 0, "kilowatt", 0 },
	{ "megawatt", ROLE_UNIT | P, 0, "megawatt", 0 }, { "gigawatt", ROLE_UNIT | P, 0, "gigawatt", 0 },
	{ "terawatt", ROLE_UNIT | P, 0, "terawatt", 0 },
	{ "horsepower", ROLE_UNIT, 0, "horsepower", 0 }, { "hp", ROLE_UNIT, 0, "horsepower", 0 },
	{ "kwh", ROLE_UNIT, 0, "kilowatt hour", 0 }, { "mwh", ROLE_UNIT, 0, "megawatt hour", 0 },
	{ "gwh", ROLE_UNIT, 0, "gigawatt hour", 0 }, { "twh", ROLE_UNIT, 0, "terawatt hour", 0 },
	{ "kb", ROLE_UNIT, 0, "kilobyte", 0 }, { "mb", ROLE_UNIT, 0, "megabyte", 0 },
	{ "gb", ROLE_UNIT, 0, "gigabyte", 0 }, { "tb", ROLE_UNIT, 0, "terabyte", 0 },
	{ "byte", ROLE_UNIT | P, 0, "byte", 0 }, { "kilobyte", ROLE_UNIT | P, 0, "kilobyte", 0 },
	{ "megabyte", ROLE_UNIT | P, 0, "megabyte", 0 }, { "gigabyte", ROLE_UNIT | P, 0, "gigabyte", 0 },
	{ "terabyte", ROLE_UNIT | P, 0, "terabyte", 0 }, { "petabyte", ROLE_UNIT | P, 0, "petabyte", 0 },

	{ "second", ROLE_TIME | P, 0, "second", 0 }, { "sec", ROLE_TIME | P, 0, "second", 0 },
	{ "minute", ROLE_TIME | P, 0, "minute", 0 }, { "min", ROLE_TIME | P, 0, "minute", 0 },
	{ "hour", ROLE_TIME | P, 0, "hour", 0 }, { "hr", ROLE_TIME | P, 0, "hour", 0 },
	{ "day", ROLE_TIME | P, 0, "day", 0 }, { "week", ROLE_TIME | P, 0, "week", 0 },
	{ "fortnight", ROLE_TIME | P, 0, "fortnight", 0 }, { "month", ROLE_TIME | P, 0, "month", 0 },
	{ "year", ROLE_TIME | P, 0, "year", 0 }, { "yr", ROLE_TIME | P, 0, "year", 0 },
	{ "decade", ROLE_TIME | P, 0, "decade", 0 }, { "century", ROLE_TIME, 0, "century", 0 },
	{ "centuries", ROLE_TIME, 0, "century", 0 },
	{ "millennium", ROLE_TIME, 0, "millennium", 0 }, { "millennia", ROLE_TIME, 0, "millennium", 0 },
	{ "millisecond", ROLE_TIME | P, 0, "millisecond", 0 },
	{ "ms", ROLE_TIME, 0, "millisecond", 0 },

	{ "square", ROLE_PHRASE, 0, NULL, 0 }, { "sq", ROLE_PHRASE, 0, NULL, 0 },
	{ "cubic", ROLE_PHRASE, 0, NULL, 0 }, { "metric", ROLE_PHRASE, 0, NULL, 0 },
	{ "nautical", ROLE_PHRASE, 0, NULL, 0 }, { "light", ROLE_PHRASE, 0, NULL, 0 },
	{ "fluid", ROLE_PHRASE, 0, NULL, 0 }, { "british", ROLE_PHRASE, 0, NULL, 0 },
	{ "american", ROLE_PHRASE, 0, NULL, 0 }, { "australian", ROLE_PHRASE, 0, NULL, 0 },
	{ "canadian", ROLE_PHRASE, 0, NULL, 0 }, { "hong", ROLE_PHRASE, 0, NULL, 0 },
	{ "new", ROLE_PHRASE, 0, NULL, 0 }, { "singapore", ROLE_PHRASE, 0, NULL, 0 },
	{ "taiwan", ROLE_PHRASE, 0, NULL, 0 }, { "chinese", ROLE_PHRASE, 0, NULL, 0 },
	{ "japanese", ROLE_PHRASE, 0, NULL, 0 }, { "swiss", ROLE_PHRASE, 0, NULL, 0 },
	{ "french", ROLE_PHRASE, 0, NULL, 0 }, { "belgian", ROLE_PHRASE, 0, NULL, 0 },
	{ "turkish", ROLE_PHRASE, 0, NULL, 0 }, { "italian", ROLE_PHRASE, 0, NULL, 0 },
	{ "indian", ROLE_PHRASE, 0, NULL, 0 }, { "pakistani", ROLE_PHRASE, 0, NULL, 0 },
	{ "sri", ROLE_PHRASE, 0, NULL, 0 }, { "russian", ROLE_PHRASE, 0, NULL, 0 },
	{ "mexican", ROLE_PHRASE, 0, NULL, 0 }, { "argentine", ROLE_PHRASE, 0, NULL, 0 },
	{ "argentinian", ROLE_PHRASE, 0, NULL, 0 }, { "philippine", ROLE_PHRASE, 0, NULL, 0 },
	{ "colombian", ROLE_PHRASE, 0, NULL, 0 }, { "chilean", ROLE_PHRASE, 0, NULL, 0 },
	{ "brazilian", ROLE_PHRASE, 0, NULL, 0 }, { "south", ROLE_PHRASE, 0, NULL, 0 },
	{ "egyptian", ROLE_PHRASE, 0, NULL, 0 }, { "swedish", ROLE_PHRASE, 0, NULL, 0 },
	{ "norwegian", ROLE_PHRASE, 0, NULL, 0 }, { "danish", ROLE_PHRASE, 0, NULL, 0 },
	{ "finnish", ROLE_PHRASE, 0, NULL, 0 }, { "dutch", ROLE_PHRASE, 0, NULL, 0 },
	{ "spanish", ROLE_PHRASE, 0, NULL, 0 }, { "german", ROLE_PHRASE, 0, NULL, 0 },
	{ "deutsche", ROLE_PHRASE, 0, NULL, 0 }, { "korean", ROLE_PHRASE, 0, NULL, 0 },
	{ "saudi", ROLE_PHRASE, 0, NULL, 0 }, { "uae", ROLE_PHRASE, 0, NULL, 0 },
	{ "nigerian", ROLE_PHRASE, 0, NULL, 0 }, { "kenyan", ROLE_PHRASE, 0, NULL, 0 },
	{ "ukrainian", ROLE_PHRASE, 0, NULL, 0 }, { "polish", ROLE_PHRASE, 0, NULL, 0 },
	{ "hungarian", ROLE_PHRASE, 0, NULL, 0 }, { "czech", ROLE_PHRASE, 0, NULL, 0 },
	{ "israeli", ROLE_PHRASE, 0, NULL, 0 }, { "thai", ROLE_PHRASE, 0, NULL, 0 },
	{ "malaysian", ROLE_PHRASE, 0, NULL, 0 }, { "indonesian", ROLE_PHRASE, 0, NULL, 0 },
	{ "vietnamese", ROLE_PHRASE, 0, NULL, 0 }, { "iraqi", ROLE_PHRASE, 0, NULL, 0 },
	{ "kuwaiti", ROLE_PHRASE, 0, NULL, 0 }, { "jordanian", ROLE_PHRASE, 0, NULL, 0 },
	{ "qatari", ROLE_PHRASE, 0, NULL, 0 }, { "moroccan", ROLE_PHRASE, 0, NULL, 0 },
	{ "iranian", ROLE_PHRASE, 0, NULL, 0 }, { "bangladeshi", ROLE_PHRASE, 0, NULL, 0 },
	{ "zimbabwean", ROLE_PHRASE, 0, NULL, 0 }, { "jamaican", ROLE_PHRASE, 0, NULL, 0 },
	{ "korea", ROLE_PHRASE, 0, NULL, 0 }, { "u", ROLE_PHRASE, 0, NULL, 0 },
	{ "kilowatt", ROLE_PHRASE, 0, NULL, 0 }, { "megawatt", ROLE_PHRASE, 0, NULL, 0 },
	{ "gigawatt", ROLE_PHRASE, 0, NULL, 0 }, { "terawatt", ROLE_PHRASE, 0, NULL, 0 },
	{ "kilometer", ROLE_PHRASE, 0, NULL, 0 }, { "mile", ROLE_PHRASE, 0, NULL, 0 },
	{ "meter", ROLE_PHRASE, 0, NULL, 0 }, { "degree", ROLE_PHRASE, 0, NULL, 0 },
	{ "km", ROLE_PHRASE, 0, NULL, 0 }, { "barrel", ROLE_PHRASE, 0, NULL, 0 },
	{ "pound", ROLE_PHRASE, 0, NULL, 0 }, { "us", ROLE_PHRASE, 0, NULL, 0 },
	{ "short", ROLE_PHRASE, 0, NULL, 0 }, { "long", ROLE_PHRASE, 0, NULL, 0 },
	{ "minus", ROLE_START, 0, NULL, 0 },
	{ "negative", ROLE_START, 0, NULL, 0 },
	{ "about", ROLE_HEDGE, 0, NULL, 0 }, { "around", ROLE_HEDGE, 0, NULL, 0 },
	{ "approximately", ROLE_HEDGE, 0, NULL, 0 }, { "roughly", ROLE_HEDGE, 0, NULL, 0 },
	{ "nearly", ROLE_HEDGE, 0, NULL, 0 }, { "almost", ROLE_HEDGE, 0, NULL, 0 },
	{ "some", ROLE_HEDGE, 0, NULL, 0 }, { "estimated", ROLE_HEDGE, 0, NULL, 0 },
	{ "circa", ROLE_HEDGE, 0, NULL, 0 }, { "approx", ROLE_HEDGE, 0, NULL, 0 },
	{ "to", ROLE_HEDGE, 0, NULL, 0 }, { "than", ROLE_HEDGE, 0, NULL, 0 },
	{ "over", ROLE_HEDGE, 0, NULL, 0 }, { "above", ROLE_HEDGE, 0, NULL, 0 },
	{ "least", ROLE_HEDGE, 0, NULL, 0 }, { "of", ROLE_HEDGE, 0, NULL, 0 },
	{ "exceeding", ROLE_HEDGE, 0, NULL, 0 }, { "under", ROLE_HEDGE, 0, NULL, 0 },
	{ "below", ROLE_HEDGE, 0, NULL, 0 }, { "most", ROLE_HEDGE, 0, NULL, 0 },
	{ "as", ROLE_HEDGE, 0, NULL, 0 },
	{ NULL, 0, 0, NULL, 0 }
};
#undef P

#define C(words, code) { words, ROLE_CURRENCY, { code, 1 }, NULL }
#define U(words, name) { words, ROLE_UNIT, { NULL, 0 }, name }
const struct phrase lexicon_phrases[] = {
	{ "per cent", ROLE_PERCENT, { NULL, 0 }, NULL },
	{ "percentage point", ROLE_PERCENT, { NULL, 0 }, "percentage point" },
	{ "basis point", ROLE_PERCENT, { NULL, 0 }, "basis point" },
	C("us dollar", "USD"), C("u s dollar", "USD"), C("american dollar", "USD"),
	C("australian dollar", "AUD"), C("canadian dollar", "CAD"), C("hong kong dollar", "HKD"),
	C("new zealand dollar", "NZD"), C("singapore dollar", "SGD"), C("taiwan dollar", "TWD"),
	C("new taiwan dollar", "TWD"), C("zimbabwean dollar", "ZWL"), C("jamaican dollar", "JMD"),
	C("chinese yuan", "CNY"), C("japanese yen", "JPY"),
	C("swiss franc", "CHF"), C("french franc", "FRF"), C("belgian franc", "BEF"),
	C("turkish lira", "TRY"), C("italian lira", "ITL"), C("italian lire", "ITL"),
	C("indian rupee", "INR"), C("pakistani rupee", "PKR"), C("sri lankan rupee", "LKR"),
	C("russian ruble", "RUB"), C("russian rouble", "RUB"), C("mexican peso", "MXN"),
	C("argentine peso", "ARS"), C("argentinian peso", "ARS"), C("philippine peso", "PHP"),
	C("colombian peso", "COP"), C("chilean peso", "CLP"), C("brazilian real", "BRL"),
	C("brazilian reais", "BRL"), C("south african rand", "ZAR"), C("british pound", "GBP"),
	C("pound sterling", "GBP"), C("egyptian pound", "EGP"), C("swedish krona", "SEK"),
	C("swedish kronor", "SEK"), C("norwegian krone", "NOK"), C("norwegian kroner", "NOK"),
	C("danish krone", "DKK"), C("danish kroner", "DKK"), C("finnish markka", "FIM"),
	C("finnish markkaa", "FIM"), C("dutch guilder", "NLG"), C("spanish peseta", "ESP"),
	C("german mark", "DEM"), C("deutsche mark", "DEM"), C("south korean won", "KRW"),
	C("korean won", "KRW"), C("saudi riyal", "SAR"), C("uae dirham", "AED"),
	C("nigerian naira", "NGN"), C("kenyan shilling", "KES"), C("ukrainian hryvnia", "UAH"),
	C("polish zloty", "PLN"), C("hungarian forint", "HUF"), C("czech koruna", "CZK"),
	C("israeli shekel", "ILS"), C("new israeli shekel", "ILS"), C("thai baht", "THB"),
	C("malaysian ringgit", "MYR"), C("indonesian rupiah", "IDR"), C("vietnamese dong", "VND"),
	C("iraqi dinar", "IQD"), C("kuwaiti dinar", "KWD"), C("jordanian dinar", "JOD"),
	C("qatari riyal", "QAR"), C("moroccan dirham", "MAD"), C("iranian rial", "IRR"),
	C("bangladeshi taka", "BDT"), C("korea won", "KRW"),
	U("square meter", "square meter"), U("square kilometer", "square kilometer"),
	U("square km", "square kilometer"), U("sq km", "square kilometer"),
	U("square mile", "square mile"), U("sq mile", "square mile"), U("sq mi", "square mile"),
	U("square foot", "square foot"), U("square feet", "square foot"), U("sq ft", "square foot"),
	U("square yard", "square yard"), U("square inch", "square inch"),
	U("square inches", "square inch"), U("square centimeter", "square centimeter"),
	U("sq m", "square meter"),
	U("cubic meter", "cubic meter"), U("cubic kilometer", "cubic kilometer"),
	U("cubic foot", "cubic foot"), U("cubic feet", "cubic foot"),
	U("cubic centimeter", "cubic centimeter"), U("cubic inch", "cubic inch"),
	U("cubic inches", "cubic inch"), U("cubic yard", "cubic yard"),
	U("fluid ounce", "fluid ounce"),
	U("metric ton", "metric ton"), U("metric tonne", "metric ton"), U("short ton", "ton"),
	U("long ton", "long ton"),
	U("nautical mile", "nautical mile"), U("light year", "light year"),
	U("kilometer per hour", "kilometer per hour"), U("kilometer an hour", "kilometer per hour"),
	U("km per hour", "kilometer per hour"), U("km an hour", "kilometer per hour"),
	U("km h", "kilometer per hour"), U("km hr", "kilometer per hour"),
	U("mile per hour", "mile per hour"), U("mile an hour", "mile per hour"),
	U("meter per second", "meter per second"), U("meter a second", "meter per second"),
	U("kilowatt hour", "kilowatt hour"), U("megawatt hour", "megawatt hour"),
	U("gigawatt hour", "gigawatt hour"), U("terawatt hour", "terawatt hour"),
	U("british thermal unit", "british thermal unit"),
	U("barrel per day", "barrel per day"), U("barrel a day", "barrel per day"),
	U("degree celsius", "celsius"), U("degree centigrade", "celsius"),
	U("degree fahrenheit", "fahrenheit"), U("degree kelvin", "kelvin"),
	U("degree c", "celsius"), U("degree f", "fahrenheit"), U("deg c", "celsius"),
	U("deg f", "fahrenheit"), U("deg celsius", "celsius"), U("deg fahrenheit", "fahrenheit"),
	U("pound", "pound"),
	{ NULL, 0, { NULL, 0 }, NULL }
};
#undef C
#undef U

/* Case-sensitive abbreviations, looked up only right after a number. */
static const struct entry abbreviations[] = {
	{ "C", ROLE_UNIT, 0, "celsius", 0 }, { "F", ROLE_UNIT, 0, "fahrenheit", 0 },
	{ "f", ROLE_UNIT, 0, "fahrenheit", 0 },
	{ "K", ROLE_ABBREVIATION, 1e3, NULL, 0 }, { "k", ROLE_ABBREVIATION, 1e3, NULL, 0 },
	{ "M", ROLE_ABBREVIATION, 1e6, NULL, 0 }, { "G", ROLE_ABBREVIATION, 1e9, NULL, 0 },
	{ "B", ROLE_ABBREVIATION, 1e9, NULL, 0 }, { "b", ROLE_ABBREVIATION, 1e9, NULL, 0 },
	{ "m", ROLE_UNIT, 0, "meter", 0 }, { "g", ROLE_UNIT, 0, "gram", 0 },
	{ "l", ROLE_UNIT, 0, "liter", 0 }, { "L", ROLE_UNIT, 0, "liter", 0 },
	{ "t", ROLE_UNIT, 0, "metric ton", 0 }, { "h", ROLE_TIME, 0, "hour", 0 },
	{ "W", ROLE_UNIT, 0, "watt", 0 }, { "kW", ROLE_UNIT, 0, "kilowatt", 0 },
	{ "MW", ROLE_UNIT, 0, "megawatt", 0 }, { "GW", ROLE_UNIT, 0, "gigawatt", 0 },
	{ "TW", ROLE_UNIT, 0, "terawatt", 0 }, { "kJ", ROLE_UNIT, 0, "kilojoule", 0 },
	{ "J", ROLE_UNIT, 0, "joule", 0 },
	{ "KB", ROLE_UNIT, 0, "kilobyte", 0 }, { "MB", ROLE_UNIT, 0, "megabyte", 0 },
	{ "GB", ROLE_UNIT, 0, "gigabyte", 0 }, { "TB", ROLE_UNIT, 0, "terabyte", 0 },
	{ "PB", ROLE_UNIT, 0, "petabyte", 0 }, { "kbps", ROLE_UNIT, 0, "kilobit per second", 0 },
	{ "Kbps", ROLE_UNIT, 0, "kilobit per second", 0 }, { "Mbps", ROLE_UNIT, 0, "megabit per second", 0 },
	{ "Gbps", ROLE_UNIT, 0, "gigabit per second", 0 }, { "Hz", ROLE_UNIT, 0, "hertz", 0 },
	{ "kHz", ROLE_UNIT, 0, "kilohertz", 0 }, { "MHz", ROLE_UNIT, 0, "megahertz", 0 },
	{ "GHz", ROLE_UNIT, 0, "gigahertz", 0 }, { "mL", ROLE_UNIT, 0, "milliliter", 0 },
	{ "TRY", ROLE_CURRENCY, 0, "TRY", 0 }, { "PHP", ROLE_CURRENCY, 0, "PHP", 0 },
	{ "ARS", ROLE_CURRENCY, 0, "ARS", 0 }, { "CLP", ROLE_CURRENCY, 0, "CLP", 0 },
	{ "COP", ROLE_CURRENCY, 0, "COP", 0 }, { "QAR", ROLE_CURRENCY, 0, "QAR", 0 },
	{ "KWD", ROLE_CURRENCY, 0, "KWD", 0 }, { "BDT", ROLE_CURRENCY, 0, "BDT", 0 },
	{ "LKR", ROLE_CURRENCY, 0, "LKR", 0 }, { "KZT", ROLE_CURRENCY, 0, "KZT", 0 },
	{ "GEL", ROLE_CURRENCY, 0, "GEL", 0 }, { "CRC", ROLE_CURRENCY, 0, "CRC", 0 },
	{ "LAK", ROLE_CURRENCY, 0, "LAK", 0 }, { "IQD", ROLE_CURRENCY, 0, "IQD", 0 },
	{ "IRR", ROLE_CURRENCY, 0, "IRR", 0 }, { "MAD", ROLE_CURRENCY, 0, "MAD", 0 },
	{ "GHS", ROLE_CURRENCY, 0, "GHS", 0 }, { "KRW", ROLE_CURRENCY, 0, "KRW", 0 },
	{ NULL, 0, 0, NULL, 0 }
};

struct sign {
	unsigned long	 codepoint;
	const char	*code;
};

static const struct sign signs[] = {
	{ '$', "USD" }, { 0x20AC, "EUR" }, { 0xA3, "GBP" }, { 0xA5, "JPY" },
	{ 0x20BD, "RUB" }, { 0x20B9, "INR" }, { 0x20BF, "BTC" }, { 0x20A9, "KRW" },
	{ 0x20BA, "TRY" }, { 0x20AA, "ILS" }, { 0x20A6, "NGN" }, { 0x20AB, "VND" },
	{ 0x20B1, "PHP" }, { 0x20B4, "UAH" }, { 0x20A1, "CRC" }, { 0x20BE, "GEL" },
	{ 0x20AD, "LAK" }, { 0x0E3F, "THB" }, { 0x5143, "CNY" }, { 0x5186, "JPY" },
	{ 0x20BC, "AZN" }, { 0x20B8, "KZT" }, { 0, NULL }
};

#define LONGEST_WORD	15	/* no entry is longer, plural "s" included */
#define TABLE_SIZE	2048	/* a power of two, over twice the entries */
#define POOL_SIZE	800

static struct lexeme	 pool[POOL_SIZE];
static struct lexeme	*table[TABLE_SIZE];
static struct lexeme	 abbreviation_pool[sizeof(abbreviations) / sizeof(abbreviations[0])];
static size_t		 abbreviation_lengths[sizeof(abbreviations) / sizeof(abbreviations[0])];
static unsigned int	 pluralizable[TABLE_SIZE];
static size_t		 lengths[TABLE_SIZE];
static size_t		 pool_used;
/* Which (first letter, second letter, length) a word may have: most words miss the table at once. */
static unsigned char	 shapes[27 * 27 * (LONGEST_WORD + 1)];
#define PHRASES_MAXIMUM	256
#define ABBREVIATION_SLOTS	256	/* a power of two, over twice the abbreviations */

static const struct lexeme *phrase_first[PHRASES_MAXIMUM];
static const struct lexeme *abbreviation_table[ABBREVIATION_SLOTS];

/* A bit for the hash of every word that lexicon_lookup can find (plurals and "-tre" too). */
uint64_t		 lexicon_sieve[1024];
static int		 ready;

static size_t
letter(char c)
{
	c |= 0x20;
	return c >= 'a' && c <= 'z' ? (size_t)(c - 'a' + 1) : 0;
}

/* The index in shapes of a word of length bytes (length <= LONGEST_WORD, > 0). */
static size_t
shape(const char *word, size_t length)
{
	return (letter(word[0]) * 27 + (length > 1 ? letter(word[1]) : 0)) * (LONGEST_WORD + 1) + length;
}

static void
sieve_add(uint32_t h)
{
	h >>= 16;
	lexicon_sieve[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* Sets the sieve's bits for word and the spellings lexicon_lookup folds into it. */
static void
sieve_add_word(const char *word, size_t length, int pluralizable)
{
	char british[32];
	uint32_t h = hash_fnv1a_32(word, length);

	sieve_add(h);
	if (pluralizable)
		sieve_add((h ^ 's') * 16777619u);
	if (length >= 4 && length < sizeof(british) && memcmp(word + length - 3, "ter", 3) == 0) {
		memcpy(british, word, length);
		british[length - 2] = 'r';
		british[length - 1] = 'e';
		h = hash_fnv1a_32(british, length);
		sieve_add(h);
		if (pluralizable)
			sieve_add((h ^ 's') * 16777619u);
	}
}

static size_t
slot_hashed(const char *word, size_t length, uint32_t h)
{
	size_t slot = h & (TABLE_SIZE - 1);

	while (table[slot] != NULL && (lengths[slot] != length ||
	    memcmp(table[slot]->word, word, length) != 0))
		slot = (slot + 1) & (TABLE_SIZE - 1);
	return slot;
}

static size_t
slot_of(const char *word, size_t length)
{
	return slot_hashed(word, length, hash_fnv1a_32(word, length));
}

/* Copies the role-specific fields of entry into lexeme. */
static void
fill(struct lexeme *lexeme, const struct entry *entry)
{
	unsigned int roles = entry->roles & ~PLURALIZABLE;

	lexeme->roles |= roles;
	/* "a" and "US" are not: "a dozen" starts at "dozen", "US$" at "$" */
	if (roles & (ROLE_CARDINAL | ROLE_SCALE | ROLE_DOZEN | ROLE_ORDINAL | ROLE_DENOMINATOR |
	    ROLE_MONTH | ROLE_WEEKDAY | ROLE_CURRENCY))
		lexeme->roles |= ROLE_START;
	/* "a decade", "a century": the long units that need no number */
	if ((roles & ROLE_TIME) && (strcmp(entry->text, "decade") == 0 ||
	    strcmp(entry->text, "century") == 0 || strcmp(entry->text, "millennium") == 0 ||
	    strcmp(entry->text, "fortnight") == 0 || strcmp(entry->text, "year") == 0))
		lexeme->roles |= ROLE_START;
	if (roles & ROLE_CARDINAL)
		lexeme->cardinal = entry->number;
	if (roles & (ROLE_SCALE | ROLE_DOZEN | ROLE_ABBREVIATION))
		lexeme->scale = entry->number;
	if (roles & ROLE_ORDINAL) {
		lexeme->ordinal = entry->number;
		lexeme->denominator = entry->number;
		lexeme->roles |= ROLE_DENOMINATOR;
	}
	if (roles & ROLE_DENOMINATOR)
		lexeme->denominator = entry->number;
	if (roles & ROLE_MONTH)
		lexeme->month = (int)entry->number;
	if (roles & (ROLE_CURRENCY | ROLE_CURRENCY_PREFIX)) {
		lexeme->currency.code = entry->text;
		lexeme->currency.factor = entry->factor != 0 ? entry->factor : 1;
	}
	if (roles & (ROLE_UNIT | ROLE_TIME))
		lexeme->unit = entry->text;
}

static void
build(void)
{
	const struct entry *entry;
	const struct phrase *phrase;
	size_t slot, i;

	for (entry = entries; entry->word != NULL; entry++) {
		slot = slot_of(entry->word, strlen(entry->word));
		if (table[slot] == NULL) {
			table[slot] = &pool[pool_used++];
			table[slot]->word = entry->word;
			lengths[slot] = strlen(entry->word);
		}
		fill(table[slot], entry);
		sieve_add_word(entry->word, lengths[slot], (entry->roles & PLURALIZABLE) != 0);
		shapes[shape(entry->word, lengths[slot])] = 1;
		if (entry->roles & PLURALIZABLE) {
			pluralizable[slot] = 1;
			shapes[shape(entry->word, lengths[slot] + 1)] = 1;
		}
	}
	/* the first word of every phrase must start a phrase */
	for (phrase = lexicon_phrases; phrase->words != NULL; phrase++) {
		const char *space = strchr(phrase->words, ' ');
		size_t length = space != NULL ? (size_t)(space - phrase->words) : strlen(phrase->words);

		slot = slot_of(phrase->words, length);
		if (table[slot] != NULL)
			table[slot]->roles |= ROLE_PHRASE;
	}
	for (phrase = lexicon_phrases; phrase->words != NULL; phrase++) {
		const char *space = strchr(phrase->words, ' ');
		size_t length = space != NULL ? (size_t)(space - phrase->words) : strlen(phrase->words);

		slot = slot_of(phrase->words, length);
		phrase_first[phrase - lexicon_phrases] = table[slot];
	}
	for (i = 0; abbreviations[i].word != NULL; i++) {
		abbreviation_pool[i].word = abbreviations[i].word;
		abbreviation_lengths[i] = strlen(abbreviations[i].word);
		slot = hash_fnv1a_32(abbreviations[i].word, abbreviation_lengths[i]) & (ABBREVIATION_SLOTS - 1);
		while (abbreviation_table[slot] != NULL)
			slot = (slot + 1) & (ABBREVIATION_SLOTS - 1);
		abbreviation_table[slot] = &abbreviation_pool[i];
		fill(&abbreviation_pool[i], &abbreviations[i]);
	}
	ready = 1;
}

size_t
lexicon_fold(const char *word, size_t length, char *out, size_t size)
{
	size_t i;

	if (length >= size)
		return 0;
	for (i = 0; i < length; i++) {
		char c = word[i];

		out[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	/* British spellings: "kilometre", "litres" */
	if (length >= 4 && out[length - 1] == 'e' && out[length - 2] == 'r' && out[length - 3] == 't') {
		out[length - 2] = 'e';
		out[length - 1] = 'r';
	} else if (length >= 5 && out[length - 1] == 's' && out[length - 2] == 'e' &&
	    out[length - 3] == 'r' && out[length - 4] == 't') {
		out[length - 3] = 'e';
		out[length - 2] = 'r';
	}
	out[length] = '\0';
	return length;
}

const struct lexeme *
lexicon_lookup(const char *word, size_t length, int *plural)
{
	char folded[32];
	size_t slot;
	uint32_t h;

	if (!ready)
		build();
	*plural = 0;
	if (length == 0 || length > LONGEST_WORD || !shapes[shape(word, length)] ||
	    lexicon_fold(word, length, folded, sizeof(folded)) == 0)
		return NULL;
	h = hash_fnv1a_32(folded, length);
	slot = slot_hashed(folded, length, h);
	if (table[slot] != NULL)
		return table[slot];
	if (length < 4 || folded[length - 1] != 's')
		return NULL;
	slot = slot_of(folded, length - 1);
	if (table[slot] == NULL || !pluralizable[slot])
		return NULL;
	*plural = 1;
	return table[slot];
}

void
lexicon_init(void)
{
	if (!ready)
		build();
}

const struct lexeme *
lexicon_abbreviation(const char *word, size_t length)
{
	size_t slot;

	if (!ready)
		build();
	if (length > 4)
		return NULL;
	for (slot = hash_fnv1a_32(word, length) & (ABBREVIATION_SLOTS - 1); abbreviation_table[slot] != NULL;
	    slot = (slot + 1) & (ABBREVIATION_SLOTS - 1))
		if (strlen(abbreviation_table[slot]->word) == length &&
		    memcmp(abbreviation_table[slot]->word, word, length) == 0)
			return abbreviation_table[slot];
	return NULL;
}

const struct lexeme *
lexicon_phrase_first(const struct phrase *phrase)
{
	if (!ready)
		build();
	return phrase_first[phrase - lexicon_phrases];
}

const char *
lexicon_currency_sign(unsigned long codepoint)
{
	const struct sign *sign;

	if (codepoint < 0x80)
		return codepoint == '$' ? "USD" : NULL;
	for (sign = signs; sign->code != NULL; sign++)
		if (sign->codepoint == codepoint)
			return sign->code;
	return NULL;
}
