package org.stridescope.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code inspect --batch} on hostile input (issue 12): one answer line per input line, whatever the input. */
class BatchTest {
    private static final String GOOD = "{\"hex\": \"0100\", \"dtype\": \"<i2\"}";

    private static String[] answers(byte[] input, int maxLineBytes) throws IOException {
        StringWriter out = new StringWriter();
        long n = Batch.run(new ByteArrayInputStream(input), out, maxLineBytes);
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines[lines.length - 1]).as("every answer ends its line").isEmpty();
        assertThat(lines.length - 1L).isEqualTo(n);
        return java.util.Arrays.copyOf(lines, lines.length - 1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBlankLineGetsAnErrorLineSoTheAnswersStayInStep() throws IOException {
        for (String blank : new String[] {"", "   ", "\t", "\r"}) {
            String[] out = answers(bytes(GOOD + "\n" + blank + "\n" + GOOD + "\n"), Batch.MAX_LINE_BYTES);
            assertThat(out).as("'%s'", blank).hasSize(3);
            assertThat(out[1]).startsWith("{\"ok\": false, \"type\": \"InputError\", \"error\": \"a blank line is not a batch case\"");
            assertThat(out[2]).contains("\"value\": \"1\"");
        }
        assertThat(answers(bytes(GOOD), Batch.MAX_LINE_BYTES)).as("no newline at the end").hasSize(1);
        assertThat(answers(bytes(GOOD + "\r\n" + GOOD + "\r\n"), Batch.MAX_LINE_BYTES)).hasSize(2)
                .allSatisfy(a -> assertThat(a).startsWith("{\"ok\": true"));
        assertThat(answers(new byte[0], Batch.MAX_LINE_BYTES)).isEmpty();
    }

    @Test
    void aLineThatIsNotUtf8IsAnsweredWithWhereAndTheRunGoesOn() throws IOException {
        byte[][] bad = {{'{', (byte) 0xff, '}'}, {(byte) 0xc3}, {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'},
            {(byte) 0x80, '\r'}};
        for (byte[] b : bad) {
            byte[] in = concat(bytes(GOOD + "\n"), b, bytes("\n" + GOOD + "\n"));
            String[] out = answers(in, Batch.MAX_LINE_BYTES);
            assertThat(out).hasSize(3);
            assertThat(out[0]).startsWith("{\"ok\": true");
            assertThat(out[1]).startsWith("{\"ok\": false, \"type\": \"InputError\", \"error\": \"the line is not UTF-8: byte ");
            assertThat(out[2]).startsWith("{\"ok\": true");
        }
        String[] out = answers(concat(bytes("{\"hex\": \"0"), new byte[] {(byte) 0xfe}, bytes("\"}")), 1 << 20);
        assertThat(out[0]).contains("byte 11 of the line is 0xfe");
    }

    @Test
    void aLineOverTheCapIsAnsweredWithAnErrorWithoutKeepingIt() throws IOException {
        for (int length : new int[] {101, 1000, 200_000}) {
            byte[] in = concat(bytes(GOOD + "\n"), bytes("x".repeat(length)), bytes("\n" + GOOD + "\n"));
            String[] out = answers(in, 100);
            assertThat(out).as("%d", length).hasSize(3);
            assertThat(out[1]).startsWith("{\"ok\": false, \"type\": \"InputError\", "
                    + "\"error\": \"the line is longer than 100 bytes, the most a batch line may hold\"");
            assertThat(out[2]).startsWith("{\"ok\": true");
        }
        assertThat(answers(bytes("[" + " ".repeat(98) + "]"), 100)[0]).as("exactly the cap is read")
                .contains("must be a JSON object");
        // an endless line (--batch /dev/zero): one error per cap's worth, in bounded memory
        InputStream zeros = new InputStream() {
            private long left = 10L << 20;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, left);
                left -= n;
                return n <= 0 ? -1 : n;
            }
        };
        StringWriter out = new StringWriter();
        assertThat(Batch.run(zeros, out, 1 << 20)).isEqualTo(1);
        assertThat(out.toString()).contains("longer than 1 MiB");
    }

    @Test
    void theAnswersGivenAreWrittenOutWhenReadingTheInputFails() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(bytes(GOOD + "\n" + GOOD + "\n")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Input/output error");
                    }
                });
        StringWriter out = new StringWriter();
        java.io.BufferedWriter buffered = new java.io.BufferedWriter(out, 1 << 16);
        assertThatThrownBy(() -> Batch.run(failing, buffered, Batch.MAX_LINE_BYTES)).hasMessage("Input/output error");
        assertThat(out.toString().split("\n")).hasSize(2).allSatisfy(a -> assertThat(a).startsWith("{\"ok\": true"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void eachAnswerIsOutBeforeTheRunWaitsForTheNextLine() throws Exception {
        java.io.PipedOutputStream producer = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(producer, 1 << 16);
        StringWriter out = new StringWriter();
        Thread run = new Thread(() -> {
            try {
                Batch.run(in, new java.io.BufferedWriter(out, 1 << 16), Batch.MAX_LINE_BYTES);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        run.start();
        producer.write(bytes(GOOD + "\n"));
        producer.flush();
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (out.toString().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(out.toString()).as("answered while the producer has not yet written more").startsWith("{\"ok\": true");
        producer.close();
        run.join(10_000);
        assertThat(out.toString().split("\n")).hasSize(1);
    }
}
