package org.stridescope.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The .npy/.npz files NumPy made (scripts/make_npy_fixtures.py) and what NumPy says is in them. */
final class NpyFixtures {
    private NpyFixtures() {
    }

    record Case(String file, String member, int version, String descr, boolean fortran, long[] shape,
                long dataOffset, byte[] data, long[] strides, String csv) {
        Path path() {
            try {
                return Path.of(NpyFixtures.class.getResource("/npy/" + file).toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return member.isEmpty() ? file : file + ":" + member;
        }
    }

    static List<Case> all() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = NpyFixtures.class.getResourceAsStream("/npy/index.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], Integer.parseInt(f[2].substring(0, 1)), f[3], Boolean.parseBoolean(f[4]),
                        longs(f[5]), Long.parseLong(f[6]), HexFormat.of().parseHex(f[7]), longs(f[8]),
                        new String(java.util.Base64.getDecoder().decode(f[9]), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static long[] longs(String commaList) {
        return commaList.isEmpty() ? new long[0] : Arrays.stream(commaList.split(",")).mapToLong(Long::parseLong).toArray();
    }

    static List<Case> npy() throws IOException {
        return all().stream().filter(c -> c.member().isEmpty()).toList();
    }

    static List<Case> npz() throws IOException {
        return all().stream().filter(c -> !c.member().isEmpty()).toList();
    }
}
