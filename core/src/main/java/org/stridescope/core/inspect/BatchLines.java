package org.stridescope.core.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import org.stridescope.core.StridescopeError;

/**
 * The lines of a batch input, read as bytes so that no input can stop the run or fill the heap:
 * a line longer than the cap is skipped to its end without being kept, and a line that is not
 * UTF-8 is reported with where it stops being UTF-8. Either way the next line is read as usual.
 * Lines end at {@code \n} (a {@code \r} before it is dropped); the last may lack it.
 */
final class BatchLines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1 << 10];
    private int length;

    BatchLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line's text, or null after the last line.
     *
     * @throws StridescopeError InputError for a line too long or not UTF-8 (the line is consumed)
     * @throws IOException      if the input cannot be read
     */
    String next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            if (!tooLong) {
                tooLong = length + (stop - pos) > maxLineBytes;
                if (!tooLong) {
                    append(stop - pos);
                }
            }
            pos = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (tooLong) {
            throw StridescopeError.inputError("the line is longer than " + (maxLineBytes >> 20 > 0
                            ? (maxLineBytes >> 20) + " MiB" : maxLineBytes + " bytes") + ", the most a batch line may hold",
                    "It was skipped without being read into memory; the run goes on with the next line.");
        }
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return decode(n);
    }

    /** True when the next line would have to wait for input (a pipe or a terminal) rather than read buffered bytes. */
    boolean wouldWait() {
        try {
            return pos == end && !eof && in.available() == 0;
        } catch (IOException e) {
            return true;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int r = in.read(buf, 0, buf.length);
        if (r < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) {
        if (length + n > line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(length + n, 2L * line.length)));
        }
        System.arraycopy(buf, pos, line, length, n);
        length += n;
    }

    /** The line's text; checked in small steps, so a long line costs its String and nothing more. */
    private String decode(int n) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, n);
        CharBuffer scratch = CharBuffer.allocate(8192);
        for (CoderResult result = utf8.decode(bytes, scratch, true); !result.isUnderflow();
             result = utf8.decode(bytes, scratch, true)) {
            if (result.isError()) {
                int at = bytes.position();
                throw StridescopeError.inputError(String.format("the line is not UTF-8: byte %d of the line is 0x%02x,"
                                + " which UTF-8 does not allow there", at + 1, line[at] & 0xff),
                        "Batch lines are JSON text in UTF-8; this line was skipped and the run goes on with the next.");
            }
            scratch.clear();
        }
        String text = new String(line, 0, n, StandardCharsets.UTF_8);
        if (line.length > 1 << 20) {
            line = new byte[1 << 10]; // a long line's buffer is not kept while the line is answered
        }
        return text;
    }
}
