package org.stridescope.core.expr;

import java.util.Map;

/** A Python module as far as expressions reach into it: {@code np}, {@code np.lib.stride_tricks}. */
record Namespace(String name, Map<String, Object> members) {
}
