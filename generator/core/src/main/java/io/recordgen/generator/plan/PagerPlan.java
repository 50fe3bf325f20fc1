package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * A method that pages through an offset/limit list operation.
 *
 * @param methodName the method's name, such as {@code listBackupsAll}
 * @param itemType the item type
 * @param itemsAccessor the page record's accessor of the items
 * @param totalAccessor the page record's accessor of the total count, if any
 * @param offsetComponent the options record's component of the offset
 * @param limitComponent the options record's component of the page size
 * @param offsetIsLong whether the offset is an int64 ({@code Long}) rather than an int32
 */
public record PagerPlan(
    String methodName,
    TypeName itemType,
    String itemsAccessor,
    @Nullable String totalAccessor,
    String offsetComponent,
    String limitComponent,
    boolean offsetIsLong) {}
