/* model-data.S: links the trained model image model.bin into the program, read-only. */
	.section .rodata
	.balign 64
	.globl	entities_model_data
entities_model_data:
	.incbin	"filters/tag-entities/model.bin"
	.globl	entities_model_end
entities_model_end:
	.section .note.GNU-stack,"",@progbits
