package io.recordgen.generator.plan;

import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * The methods that page through an offset/limit list operation: the pages with their responses,
 * and the items across them.
 *
 * @param pagesMethod the method that returns the pages, such as {@code listBackupsPages}
 * @param allMethod the method that returns the items, such as {@code listBackupsAll}
 * @param itemType the item type
 * @param pageType the page's body type
 * @param itemsAccessor the page record's accessor of the items
 * @param totalAccessor the page record's accessor of the total count, if any
 * @param offsetComponent the input's component of the offset
 * @param limitComponent the input's component of the page size
 * @param offsetIsLong whether the offset is an int64 ({@code Long}) rather than an int32
 */
public record PagerPlan(
    String pagesMethod,
    String allMethod,
    TypeName itemType,
    TypeName pageType,
    String itemsAccessor,
    @Nullable String totalAccessor,
    String offsetComponent,
    String limitComponent,
    boolean offsetIsLong) {}
