/**
 * What a build needs to know to skip generation when nothing changed and to regenerate when
 * anything did: a record of the inputs of one generation (spec, options, generator, external
 * documents) and of the types it wrote. Every route writes and reads the same record.
 */
@NullMarked
package io.recordgen.generator.build;

import org.jspecify.annotations.NullMarked;
