/** The enforcement.* metrics register themselves when their files are imported (seed-figures.md). */
import './registry.js';
import './cases.js';
import './publication.js';
import './inspections.js';
