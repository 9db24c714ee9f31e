package org.stridescope.core.layout;

import java.util.List;

/**
 * The elements that read one byte: the exact count (however many: stride 0 and sliding windows
 * make many) and the first few in C index order.
 */
public record Readers(long byteIndex, long count, List<long[]> first) {
}
