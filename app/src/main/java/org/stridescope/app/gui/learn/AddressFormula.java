package org.stridescope.app.gui.learn;

import java.util.ArrayList;
import java.util.List;
import org.stridescope.core.format.CountText;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.RecordFields;

/**
 * Where an element starts, spelled out: {@code offset + i·s0 + j·s1 = 0 + 1·8 + 1·4 = 12}, then
 * {@code bytes 12..15}. Each axis's term is a separate {@link Part} tagged with its axis, so the
 * panel can colour it like that axis. The arithmetic is core's ({@link Layout#byteOf}).
 */
public record AddressFormula(List<Part> symbols, List<Part> numbers, long address, ByteRange bytes) {

    /** A piece of the formula; {@code axis} is -1 for the offset and the signs between terms. */
    public record Part(String text, int axis) {
    }

    public AddressFormula {
        symbols = List.copyOf(symbols);
        numbers = List.copyOf(numbers);
    }

    public static AddressFormula of(Layout layout, long[] index) {
        List<Part> symbols = new ArrayList<>();
        List<Part> numbers = new ArrayList<>();
        symbols.add(new Part("offset", -1));
        numbers.add(new Part(Long.toString(layout.offset()), -1));
        for (int k = 0; k < layout.ndim(); k++) {
            symbols.add(new Part(" + ", -1));
            numbers.add(new Part(" + ", -1));
            symbols.add(new Part(indexName(k, layout.ndim()) + "·s" + k, k));
            numbers.add(new Part(index[k] + "·" + signed(layout.stride(k)), k));
        }
        return new AddressFormula(symbols, numbers, layout.byteOf(index), layout.bytesOf(index));
    }

    /**
     * Where one field of a record starts: the record's formula, then the field's offset named
     * and any subarray element, {@code offset + i·s0 + 12 (pos) + 1·4 = 0 + 1·28 + 12 + 1·4 = 44},
     * then that field's bytes.
     */
    public static AddressFormula of(Layout layout, long[] index, RecordFields fields, long column) {
        AddressFormula record = of(layout, index);
        List<Part> symbols = new ArrayList<>(record.symbols());
        List<Part> numbers = new ArrayList<>(record.numbers());
        for (RecordFields.Step step : fields.steps(column)) {
            symbols.add(new Part(" + " + step.offset() + " (" + step.field() + ")", -1));
            numbers.add(new Part(" + " + step.offset(), -1));
            if (step.item() >= 0) {
                String term = " + " + step.item() + "·" + step.itemsize();
                symbols.add(new Part(term, -1));
                numbers.add(new Part(term, -1));
            }
        }
        RecordFields.Leaf leaf = fields.leaf(column);
        long address = record.address() + leaf.offset();
        return new AddressFormula(symbols, numbers, address, ByteRange.ofLength(address, leaf.dtype().itemsize()));
    }

    /** i, j, k for up to three axes (as people write them); i0, i1, ... beyond. */
    public static String indexName(int axis, int ndim) {
        return ndim <= 3 ? String.valueOf("ijk".charAt(axis)) : "i" + axis;
    }

    private static String signed(long n) {
        return n < 0 ? "(" + n + ")" : Long.toString(n);
    }

    public String symbolText() {
        return join(symbols);
    }

    public String numberText() {
        return join(numbers);
    }

    /** The whole line: {@code offset + i·s0 + j·s1 = 0 + 1·8 + 1·4 = 12}. */
    public String text() {
        if (symbols.size() == 1) {
            return "offset = " + address; // a 0-d array: nothing to add
        }
        return symbolText() + " = " + numberText() + " = " + address;
    }

    /** {@code bytes 12..15}; {@code byte 7} for one-byte types; no bytes for zero-byte ones. */
    public String bytesText() {
        return switch ((int) Math.min(bytes.length(), 2)) {
            case 0 -> "no bytes (the type is 0 bytes long)";
            default -> CountText.byteRun(bytes.start(), bytes.last());
        };
    }

    private static String join(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
