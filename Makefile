# newspipe: one non-recursive Makefile.  `make` builds every program into bin/.
# Targets: all check asan bench install clean model fuzz (see README.md).

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
BIN ?= bin
PKG_CONFIG ?= pkg-config
CC ?= cc

CFLAGS ?= -O2 -g
PACKAGES = jansson libbsd-overlay libseccomp
ALL_CFLAGS = -std=c17 -D_DEFAULT_SOURCE -Wall -Wextra -Icommon $(addprefix -Ifilters/,$(PROGRAMS)) \
	$(shell $(PKG_CONFIG) --cflags $(PACKAGES)) $(CFLAGS)
LIBRARIES = $(shell $(PKG_CONFIG) --libs $(PACKAGES)) -lm
TEST_LIBRARIES = $(shell $(PKG_CONFIG) --libs criterion)

PROGRAMS = split-paragraphs find-quotes tag-entities count-figures summarize render-html annotate

COMMON_OBJECTS = \
	$(BUILD)/common/alloc.o \
	$(BUILD)/common/cli.o \
	$(BUILD)/common/inputs.o \
	$(BUILD)/common/lines.o \
	$(BUILD)/common/output.o \
	$(BUILD)/common/record.o \
	$(BUILD)/common/sandbox.o \
	$(BUILD)/common/utf8.o

# Each program has a block of its own: its logic objects (no I/O; linked
# into its unit tests too), its binary, and its unit test.
LINK = @mkdir -p $(@D) && $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBRARIES)
TEST_LINK = @mkdir -p $(@D) && $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBRARIES) $(TEST_LIBRARIES)

all: $(addprefix $(BIN)/,$(PROGRAMS))

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libnewspipe.a: $(COMMON_OBJECTS)
	rm -f $@
	$(AR) rcs $@ $(COMMON_OBJECTS)

COMMON_TESTS = $(BUILD)/tests/test_utf8 $(BUILD)/tests/test_lines $(BUILD)/tests/test_record
$(BUILD)/tests/test_utf8: $(BUILD)/tests/unit/test_utf8.o $(BUILD)/libnewspipe.a
	$(TEST_LINK)
$(BUILD)/tests/test_lines: $(BUILD)/tests/unit/test_lines.o $(BUILD)/libnewspipe.a
	$(TEST_LINK)
$(BUILD)/tests/test_record: $(BUILD)/tests/unit/test_record.o $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# split-paragraphs
SPLIT_PARAGRAPHS_OBJECTS = $(BUILD)/filters/split-paragraphs/paragraphs.o
SPLIT_PARAGRAPHS_TESTS = $(BUILD)/tests/test_paragraphs
$(BIN)/split-paragraphs: $(BUILD)/filters/split-paragraphs/main.o $(SPLIT_PARAGRAPHS_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
$(BUILD)/tests/test_paragraphs: $(BUILD)/tests/unit/test_paragraphs.o $(SPLIT_PARAGRAPHS_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# find-quotes
FIND_QUOTES_OBJECTS = $(BUILD)/filters/find-quotes/quotes.o $(BUILD)/filters/find-quotes/marks.o \
	$(BUILD)/filters/find-quotes/tokens.o $(BUILD)/filters/find-quotes/names.o \
	$(BUILD)/filters/find-quotes/lexicon.o
FIND_QUOTES_TESTS = $(BUILD)/tests/test_quotes
$(BIN)/find-quotes: $(BUILD)/filters/find-quotes/main.o $(FIND_QUOTES_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
$(BUILD)/tests/test_quotes: $(BUILD)/tests/unit/test_quotes.o $(FIND_QUOTES_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# tag-entities
# The model is trained by build/train-entities (`make model CONLL=dir`) and
# linked in from filters/tag-entities/model.bin by model-data.S.
CONLL ?= ../shared/data/conll2003
TAG_ENTITIES_TAGGER = $(BUILD)/filters/tag-entities/tokenize.o \
	$(BUILD)/filters/tag-entities/model.o $(BUILD)/filters/tag-entities/tagger.o
TAG_ENTITIES_OBJECTS = $(BUILD)/filters/tag-entities/entities.o \
	$(BUILD)/filters/tag-entities/canonical.o $(BUILD)/filters/tag-entities/builtin.o \
	$(BUILD)/filters/tag-entities/model-data.o $(TAG_ENTITIES_TAGGER)
TAG_ENTITIES_TESTS = $(BUILD)/tests/test_entities $(BUILD)/tests/test_canonical
# (the trainer is built alongside, so that it keeps compiling as the code changes)
$(BIN)/tag-entities: $(BUILD)/filters/tag-entities/main.o $(TAG_ENTITIES_OBJECTS) $(BUILD)/libnewspipe.a \
	    | $(BUILD)/train-entities
	$(LINK)
$(BUILD)/tests/test_entities: $(BUILD)/tests/unit/test_entities.o $(TAG_ENTITIES_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)
$(BUILD)/tests/test_canonical: $(BUILD)/tests/unit/test_canonical.o $(TAG_ENTITIES_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)
# (gcc's unroll-and-jam would fuse two weight rows' additions into one scalar loop)
TAG_ENTITIES_NO_JAM := $(shell $(CC) -Werror -fno-loop-unroll-and-jam -E -x c /dev/null \
	>/dev/null 2>&1 && echo -fno-loop-unroll-and-jam)
$(TAG_ENTITIES_TAGGER): ALL_CFLAGS += -O3 $(TAG_ENTITIES_NO_JAM)
$(BUILD)/filters/tag-entities/model-data.o: filters/tag-entities/model-data.S filters/tag-entities/model.bin
	@mkdir -p $(@D)
	$(CC) -c $< -o $@
$(BUILD)/train-entities: $(BUILD)/filters/tag-entities/train.o $(TAG_ENTITIES_TAGGER) \
	    $(SPLIT_PARAGRAPHS_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
model: $(BUILD)/train-entities
	$(BUILD)/train-entities $(CONLL)
.PHONY: model

# count-figures
COUNT_FIGURES_OBJECTS = $(BUILD)/filters/count-figures/figures.o \
	$(BUILD)/filters/count-figures/dates.o \
	$(BUILD)/filters/count-figures/suffixes.o \
	$(BUILD)/filters/count-figures/numbers.o \
	$(BUILD)/filters/count-figures/scanner.o \
	$(BUILD)/filters/count-figures/vocabulary.o
COUNT_FIGURES_TESTS = $(BUILD)/tests/test_figures
$(BIN)/count-figures: $(BUILD)/filters/count-figures/main.o $(COUNT_FIGURES_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
$(BUILD)/tests/test_figures: $(BUILD)/tests/unit/test_figures.o $(COUNT_FIGURES_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# summarize
SUMMARIZE_OBJECTS = $(BUILD)/filters/summarize/summary.o $(BUILD)/filters/summarize/rows.o \
	$(BUILD)/common/buffer.o
SUMMARIZE_TESTS = $(BUILD)/tests/test_summary
$(BIN)/summarize: $(BUILD)/filters/summarize/main.o $(SUMMARIZE_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
$(BUILD)/tests/test_summary: $(BUILD)/tests/unit/test_summary.o $(SUMMARIZE_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# render-html (its summary tables come from summarize's logic)
RENDER_HTML_OBJECTS = $(BUILD)/filters/render-html/html.o $(SUMMARIZE_OBJECTS)
RENDER_HTML_TESTS = $(BUILD)/tests/test_html
$(BIN)/render-html: $(BUILD)/filters/render-html/main.o $(RENDER_HTML_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)
$(BUILD)/tests/test_html: $(BUILD)/tests/unit/test_html.o $(RENDER_HTML_OBJECTS) $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# annotate: find-quotes, tag-entities and count-figures (and summarize's step
# with --summarize) in one process, from the filters' own logic objects.
ANNOTATE_OBJECTS = $(FIND_QUOTES_OBJECTS) $(TAG_ENTITIES_OBJECTS) $(COUNT_FIGURES_OBJECTS) \
	$(SUMMARIZE_OBJECTS)
$(BIN)/annotate: $(BUILD)/filters/annotate/main.o $(ANNOTATE_OBJECTS) $(BUILD)/libnewspipe.a
	$(LINK)

UNIT_TESTS = $(COMMON_TESTS) $(SPLIT_PARAGRAPHS_TESTS) $(FIND_QUOTES_TESTS) \
	$(TAG_ENTITIES_TESTS) $(COUNT_FIGURES_TESTS) $(SUMMARIZE_TESTS) $(RENDER_HTML_TESTS)

# check: every unit test, then every program against its golden cases.
check: all $(UNIT_TESTS)
	scripts/run-unit-tests $(UNIT_TESTS)
	scripts/run-golden-tests $(BIN)

# asan: the same checks, built apart with AddressSanitizer and UBSan; without
# the sandbox, as LeakSanitizer's exit check needs ptrace and more.
asan:
	NEWSPIPE_NO_SANDBOX=1 $(MAKE) BUILD=build-asan BIN=build-asan/bin \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    LDFLAGS="-fsanitize=address,undefined" check

$(BUILD)/bench/jansson-floor: $(BUILD)/scripts/jansson-floor.o $(BUILD)/libnewspipe.a
	$(LINK)

bench: all $(BUILD)/bench/jansson-floor
	scripts/bench $(BIN) $(BUILD)

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	for program in $(PROGRAMS); do \
		install -m 755 $(BIN)/$$program $(DESTDIR)$(PREFIX)/bin/$$program; \
		if [ -f docs/$$program.1 ]; then \
			install -m 644 docs/$$program.1 $(DESTDIR)$(PREFIX)/share/man/man1/; fi; \
	done

clean:
	rm -rf build build-asan build-clang build-fuzz bin

.PHONY: all check asan bench install clean

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# demo: the full analysis of the bundled example article, as a table and as a page.
demo: all
	@NEWSPIPE_BIN=$(BIN) scripts/analyze --tsv --html $(BUILD)/demo.html docs/examples/article.txt | \
	    if command -v column >/dev/null; then column -t -s "$$(printf '\t')"; else cat; fi
	@echo "The page with every quote, entity and figure highlighted: $(BUILD)/demo.html"

.PHONY: demo

# The whole pipeline (scripts/analyze): its -j and --html tests, the Hadoop
# Streaming simulation, and the page in headless Chromium (skipped, saying so,
# where chromium is absent; `make check-browser` insists on it).
check: check-pipeline
check-pipeline: all
	scripts/test-analyze $(BIN)
	scripts/test-streaming $(BIN)
	scripts/check-browser $(BIN) $(BUILD)
check-browser: all
	NEWSPIPE_NEED_BROWSER=1 scripts/check-browser $(BIN) $(BUILD)

install: install-pipeline
install-pipeline: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 scripts/analyze $(DESTDIR)$(PREFIX)/bin/newspipe-analyze
	install -m 644 docs/newspipe-analyze.1 $(DESTDIR)$(PREFIX)/share/man/man1/

# bench: the whole pipeline end to end with -j 1 and -j 2.
bench: bench-pipeline
bench-pipeline: all
	scripts/bench-pipeline $(BIN) $(BUILD)

.PHONY: check-pipeline check-browser install-pipeline bench-pipeline

# annotate writes what the filters it fuses write through pipes.
check: check-annotate
check-annotate: all
	scripts/test-annotate $(BIN)

.PHONY: check-annotate

# Robustness (docs/robustness.md): the bad-input matrix and the fuzz corpus
# replay join `make check`; `make fuzz FUZZ_SECONDS=N` runs each libFuzzer
# harness for N seconds; `make check-valgrind` runs the golden tests under
# valgrind.  Each program has a harness: tests/fuzz/fuzz_record.c around its
# process function (FUZZ_PROCESS_<program>: function and header; a filter
# whose process needs state sets FUZZ_STATE_<program> to a function
# returning it), linking its *_OBJECTS; split-paragraphs has its own.
FUZZ_PROCESS_find-quotes = quotes_process_document quotes.h
FUZZ_PROCESS_tag-entities = entities_process_document entities.h
FUZZ_PROCESS_count-figures = figures_process_document figures.h
FUZZ_PROCESS_summarize = summary_process_document summary.h
FUZZ_PROCESS_render-html = fuzz_render_document fuzz_steps.h
FUZZ_PROCESS_annotate = fuzz_annotate_document fuzz_steps.h
FUZZ_OBJECTS_split-paragraphs = $(SPLIT_PARAGRAPHS_OBJECTS)
FUZZ_OBJECTS_find-quotes = $(FIND_QUOTES_OBJECTS) $(BUILD)/tests/fuzz/fuzz_quotes.o
FUZZ_STATE_find-quotes = fuzz_quotes_state
FUZZ_OBJECTS_tag-entities = $(TAG_ENTITIES_OBJECTS) $(BUILD)/tests/fuzz/fuzz_entities.o
FUZZ_STATE_tag-entities = fuzz_entities_state
FUZZ_OBJECTS_annotate = $(ANNOTATE_OBJECTS) $(BUILD)/tests/fuzz/fuzz_annotate.o \
	$(BUILD)/tests/fuzz/fuzz_quotes.o $(BUILD)/tests/fuzz/fuzz_entities.o
FUZZ_OBJECTS_count-figures = $(COUNT_FIGURES_OBJECTS)
FUZZ_OBJECTS_summarize = $(SUMMARIZE_OBJECTS)
FUZZ_OBJECTS_render-html = $(RENDER_HTML_OBJECTS) $(BUILD)/tests/fuzz/fuzz_html.o
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build-fuzz
FUZZ_SANITIZERS = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

$(BUILD)/tests/fuzz/harness-split-paragraphs.o: tests/fuzz/fuzz_paragraphs.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -MMD -MP -c $< -o $@
$(BUILD)/tests/fuzz/harness-%.o: tests/fuzz/fuzz_record.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -DFUZZ_PROCESS=$(word 1,$(FUZZ_PROCESS_$*)) \
	    -DFUZZ_HEADER='"$(word 2,$(FUZZ_PROCESS_$*))"' \
	    $(if $(FUZZ_STATE_$*),-DFUZZ_STATE=$(FUZZ_STATE_$*)) -MMD -MP -c $< -o $@
FUZZ_SUPPORT = replay fuzz_output fuzz_html fuzz_quotes fuzz_entities fuzz_annotate
$(patsubst %,$(BUILD)/tests/fuzz/%.o,$(FUZZ_SUPPORT)): $(BUILD)/tests/fuzz/%.o: tests/fuzz/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -MMD -MP -c $< -o $@

# the dependency files are made by the compiler, never by a rule (else make would try harness-%.o)
$(BUILD)/tests/fuzz/%.d: ;

.SECONDEXPANSION:
# replay-PROGRAM: the harness with a plain main that runs the files named (make check).
$(BUILD)/fuzz/replay-%: $(BUILD)/tests/fuzz/replay.o $(BUILD)/tests/fuzz/harness-%.o \
    $(BUILD)/tests/fuzz/fuzz_output.o $$(FUZZ_OBJECTS_$$*) $(BUILD)/libnewspipe.a
	$(LINK)
# fuzz-PROGRAM: the harness with libFuzzer's main (make fuzz builds it with clang).
$(BUILD)/fuzz/fuzz-%: $(BUILD)/tests/fuzz/harness-%.o $(BUILD)/tests/fuzz/fuzz_output.o \
    $$(FUZZ_OBJECTS_$$*) $(BUILD)/libnewspipe.a
	$(LINK)

# A program without FUZZ_PROCESS_<program> (but split-paragraphs) has no harness:
# the replay says so.
FUZZ_PROGRAMS = split-paragraphs $(foreach program,$(PROGRAMS),$(if $(FUZZ_PROCESS_$(program)),$(program)))
REPLAYS = $(addprefix $(BUILD)/fuzz/replay-,$(FUZZ_PROGRAMS))

check: check-bad-input check-fuzz-corpus

check-bad-input: all
	scripts/run-bad-input-tests $(BIN) $(PROGRAMS)

check-fuzz-corpus: $(REPLAYS)
	scripts/run-fuzzers --replay $(BUILD)/fuzz tests/fuzz/corpus $(PROGRAMS)

fuzz-harnesses: $(addprefix $(BUILD)/fuzz/fuzz-,$(FUZZ_PROGRAMS))

fuzz:
	$(MAKE) -j2 BUILD=$(FUZZ_BUILD) BIN=$(FUZZ_BUILD)/bin CC=clang \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SANITIZERS)" \
	    LDFLAGS="-fsanitize=fuzzer $(FUZZ_SANITIZERS)" fuzz-harnesses
	scripts/run-fuzzers --seconds $(FUZZ_SECONDS) $(FUZZ_BUILD) tests/fuzz/corpus $(FUZZ_PROGRAMS)

# check-valgrind: the golden tests with every program under valgrind (no sandbox:
# valgrind makes system calls of its own), and the fuzz corpus replayed under it.
check-valgrind: all $(REPLAYS)
	scripts/run-under-valgrind $(BIN) $(BUILD)/valgrind-bin $(PROGRAMS)
	REPLAY_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible" \
	    scripts/run-fuzzers --replay $(BUILD)/fuzz tests/fuzz/corpus $(PROGRAMS)

.PHONY: check-bad-input check-fuzz-corpus fuzz-harnesses fuzz check-valgrind

# The robustness unit tests (common/): the sandbox, input files, the record checks.
ROBUSTNESS_TESTS = $(BUILD)/tests/test_sandbox $(BUILD)/tests/test_inputs \
	$(BUILD)/tests/test_record_format
UNIT_TESTS += $(ROBUSTNESS_TESTS)
check: $(ROBUSTNESS_TESTS)
$(BUILD)/tests/test_%: $(BUILD)/tests/unit/test_%.o $(BUILD)/libnewspipe.a
	$(TEST_LINK)

# check-clang: the programs built with clang, through the golden and bad-input
# tests, so the sandbox's list of system calls is tried with a second compiler
# and its C library calls as clang emits them.
check-clang:
	$(MAKE) BUILD=build-clang BIN=build-clang/bin CC=clang all
	scripts/run-golden-tests build-clang/bin
	scripts/run-bad-input-tests build-clang/bin $(PROGRAMS)

# check-all: what CI runs (.ci/run) and the README's test command: the checks, the
# same under ASan and UBSan, the golden tests under valgrind, and a clang build.
check-all: check
	$(MAKE) asan
	$(MAKE) check-valgrind
	$(MAKE) check-clang

.PHONY: check-all check-clang
