package org.stridescope.core.layout;

import java.util.List;

/** The elements that read at least one byte of a range: exact count and the first few in C order. */
public record ElementsInRange(ByteRange range, long count, List<long[]> first) {
}
