/** The {@code backup-cli} command line. */
@NullMarked
package io.recordgen.samples.backup.cli;

import org.jspecify.annotations.NullMarked;
