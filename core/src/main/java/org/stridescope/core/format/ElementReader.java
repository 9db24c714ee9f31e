package org.stridescope.core.format;

import org.stridescope.core.dtype.Scalar;

/** Gives the decoded element at flat C-order position {@code k} of the array being printed. */
@FunctionalInterface
public interface ElementReader {
    Scalar element(long k);
}
