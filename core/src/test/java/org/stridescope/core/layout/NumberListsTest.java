package org.stridescope.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stridescope.core.StridescopeError;

class NumberListsTest {
    @Test
    void readsTheWaysPeopleWriteTuples() {
        assertThat(NumberLists.parse("2,3", "shape")).containsExactly(2, 3);
        assertThat(NumberLists.parse(" (8, -4) ", "strides")).containsExactly(8, -4);
        assertThat(NumberLists.parse("[5]", "shape")).containsExactly(5);
        assertThat(NumberLists.parse("5,", "shape")).containsExactly(5);
        assertThat(NumberLists.parse("()", "shape")).isEmpty();
    }

    @Test
    void aNumberPast64BitsIsNumpysMaximumDimensionErrorAndAWordIsOurs() {
        // np.ndarray((99999999999999999999,), 'u1', b'aa') -> ValueError: Maximum allowed dimension exceeded
        assertThatThrownBy(() -> NumberLists.parse("2, 99999999999999999999", "shape"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("ValueError");
                    assertThat(e.getMessage()).isEqualTo("Maximum allowed dimension exceeded");
                    assertThat(e.detail()).contains("item 2");
                });
        assertThatThrownBy(() -> NumberLists.parse("9223372036854775808", "strides"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> assertThat(e.type()).isEqualTo("ValueError"));
        assertThatThrownBy(() -> NumberLists.parse("2, x", "shape"))
                .isInstanceOfSatisfying(StridescopeError.class, e -> {
                    assertThat(e.type()).isEqualTo("InputError");
                    assertThat(e.getMessage()).isEqualTo("shape: item 2 ('x') is not a whole number");
                });
    }
}
