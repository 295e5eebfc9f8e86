/** The enforcement.* metrics register themselves when their files are imported (seed-figures.md). */
