package org.stridescope.app.gui.rawimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A raw image's rows as shape and strides: whole rows after the offset, padding, channels. */
class ImageRowsTest {

    @Test
    void theLastRowNeedsItsPixelsNotItsPadding() {
        // three rows of 40 bytes and a last row of 37 pixels without its padding: 4 rows
        ImageRows r = new ImageRows(40, 37, 1, 1, 3 * 40 + 37);
        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.shapeText()).isEqualTo("4,37");
        assertThat(r.stridesText()).isEqualTo("40,1");
        assertThat(r.paddingText()).isEqualTo("row padding: 3 bytes per row");
        assertThat(new ImageRows(40, 37, 1, 1, 3 * 40 + 36).rows()).isEqualTo(3);
        assertThat(new ImageRows(40, 37, 1, 1, 36).rows()).isZero();
    }

    @Test
    void channelsAreTheLastAxisOfEachPixel() {
        ImageRows rgb = ImageRows.fillingPitch(64, 3, 2, 64 * 10);
        assertThat(rgb.width()).isEqualTo(10); // 10 pixels of 6 bytes in 64
        assertThat(rgb.shapeText()).isEqualTo("10,10,3");
        assertThat(rgb.stridesText()).isEqualTo("64,6,2");
        assertThat(rgb.padding()).isEqualTo(4);
        assertThat(ImageRows.fillingPitch(64, 4, 1, 640).paddingText()).isEqualTo("no row padding");
    }

    @Test
    void halfAndTwiceScaleWidthAndPitchAndTheWidthStaysInThePitch() {
        ImageRows r = new ImageRows(40, 37, 1, 1, 1600);
        assertThat(r.scaled(false)).extracting(ImageRows::width, ImageRows::pitch).containsExactly(18L, 20L);
        assertThat(r.scaled(true)).extracting(ImageRows::width, ImageRows::pitch).containsExactly(74L, 80L);
        assertThat(r.withWidthInPitch(100).width()).isEqualTo(40);
        assertThat(r.withWidthInPitch(0).width()).isEqualTo(1);
        assertThatThrownBy(() -> new ImageRows(30, 31, 1, 1, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
