package org.stridescope.app.gui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stridescope.app.base.LayoutText;
import org.stridescope.core.layout.NumberLists;
import org.stridescope.app.gui.model.OpenedFile;
import org.stridescope.core.StridescopeError;
import org.stridescope.core.StridescopeError.Argument;
import org.stridescope.core.buffer.ByteSource;
import org.stridescope.core.buffer.HeapByteSource;
import org.stridescope.core.dtype.DType;
import org.stridescope.core.inspect.Inspection;
import org.stridescope.core.inspect.Inspector;
import org.stridescope.core.layout.ByteRange;
import org.stridescope.core.layout.Layout;
import org.stridescope.core.layout.LayoutSpec;
import org.stridescope.core.layout.TypedLayout;
import org.stridescope.core.layout.Readers;

/**
 * The main window's state, with no pixels: the bytes, what the user typed for the layout, the
 * last layout NumPy accepted, the current error, and what is selected or hovered. The form and
 * both views bind to it; tests drive it without a screen.
 *
 * <p>Each edit of a layout field re-asks core at once. While the input is invalid the last
 * valid array stays on screen ({@link #staleProperty()} says to dim it) so nothing jumps.
 */
public final class MainViewModel {
    /** How many readers of a byte are listed; the count is exact regardless. */
    public static final int READER_LIMIT = 1000;
    /** Element boxes larger than this highlight only their corner elements' bytes. */
    static final long UNION_LIMIT = 100_000;

    private final ReadOnlyObjectWrapper<ByteSource> source =
            new ReadOnlyObjectWrapper<>(new HeapByteSource(new byte[0], "no bytes yet"));
    private final ReadOnlyLongWrapper headerLength = new ReadOnlyLongWrapper(0);
    private final StringProperty dtypeText = new SimpleStringProperty("<f8");
    private final StringProperty shapeText = new SimpleStringProperty("");
    private final StringProperty stridesText = new SimpleStringProperty("");
    private final StringProperty offsetText = new SimpleStringProperty("0");
    private final StringProperty exprText = new SimpleStringProperty("");
    private final BooleanProperty adjusting = new SimpleBooleanProperty();
    private final ObjectProperty<GuiOptions.Theme> theme = new SimpleObjectProperty<>(GuiOptions.Theme.LIGHT);

    private final ReadOnlyObjectWrapper<ShownArray> array = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StridescopeError> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Argument> errorField = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ByteOrderChoice> byteOrder =
            new ReadOnlyObjectWrapper<>(ByteOrderChoice.LITTLE);

    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(new Selection.Nothing());
    private final ReadOnlyObjectWrapper<List<ByteRange>> selectedBytes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Readers> selectedReaders = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<long[]> hoverElement = new ReadOnlyObjectWrapper<>();
    /** The record field under the pointer in the grid (its column), or -1: the whole element. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper hoverField = new javafx.beans.property.ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyLongWrapper hoverByte = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper selectionSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper arraySummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoverSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    /** What the window just did on its own (a layout reset for new bytes), until the next change. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** The file the source error is about, to offer as raw bytes (null when there is none). */
    private final ReadOnlyObjectWrapper<java.nio.file.Path> unopenedFile = new ReadOnlyObjectWrapper<>();

    // One-shot requests to bring something into sight; views listen and scroll.
    private final ReadOnlyObjectWrapper<ByteRange> revealBytes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<long[]> revealElement = new ReadOnlyObjectWrapper<>();

    private boolean applying;
    /** The layout field the user last typed in; null after a whole layout was set (a file, undo). */
    private Argument lastEdited;
    /** The field being typed in and the array shown before its first keystroke (see {@link #fail}). */
    private Argument editing;
    private ShownArray beforeEdit;
    private Layout aLayout; // the form's array, which expressions call a
    private final List<java.util.function.Consumer<ExpressionRun>> runListeners = new ArrayList<>();

    public MainViewModel() {
        dtypeText.addListener((o, a, b) -> edited(Argument.DTYPE));
        shapeText.addListener((o, a, b) -> edited(Argument.SHAPE));
        stridesText.addListener((o, a, b) -> edited(Argument.STRIDES));
        offsetText.addListener((o, a, b) -> edited(Argument.OFFSET));
        exprText.addListener((o, a, b) -> {
            endEdit(); // a new expression is a new array to come back to
            revalidate();
        });
        for (var p : List.of(hoverByte, hoverElement, hoverField, array, headerLength, selection)) {
            p.addListener((o, a, b) -> describeHover());
        }
        selectionSummary.addListener((o, a, b) -> describeHover());
        revalidate();
    }

    /** One field typed in: it is the one a misfit is shown under (see {@link #fieldOf}). */
    private void edited(Argument field) {
        if (!applying) {
            lastEdited = field;
            if (editing != field) {
                editing = field;
                beforeEdit = array.get(); // not yet re-asked: what the user had before this edit
            }
        }
        revalidate();
    }

    /**
     * The user came to a field or left it: the next keystroke begins a new edit, whose last valid
     * array is the one shown now.
     */
    public void endEdit() {
        editing = null;
        beforeEdit = null;
    }

    /** The hover line, and the status line: what is hovered, unless it is part of the selection. */
    private void describeHover() {
        ShownArray a = array.get();
        String text = "";
        boolean inSelection = false;
        Selection s = selection.get();
        if (a != null && hoverElement.get() != null && a.contains(hoverElement.get())) {
            text = StatusText.hoverElement(a, hoverElement.get(), a.fields() == null ? -1 : hoverField.get());
            inSelection = s instanceof Selection.Elements e && e.contains(hoverElement.get());
        } else if (a != null && hoverByte.get() >= 0 && hoverByte.get() < source.get().size()) {
            text = StatusText.hoverByte(a, hoverByte.get(), headerLength.get());
            if (hoverByte.get() >= headerLength.get() && isFileFormatByte(hoverByte.get())) {
                text += "  ·  the file's own bytes (header, pickle, metadata), not array data";
            }
            inSelection = s instanceof Selection.Bytes b && b.range().contains(hoverByte.get());
        }
        hoverSummary.set(text);
        String rest = notice.get().isEmpty() ? selectionSummary.get() : notice.get();
        statusLine.set(text.isEmpty() || inSelection ? rest : text);
    }

    // ---- commands ------------------------------------------------------------------------

    /**
     * Shows new bytes that bring no layout of their own (a paste, a raw file): the dtype and byte
     * order stay, the rest starts again from what fits them (offset 0, read as np.frombuffer
     * would), the selection of the old bytes goes, and the status bar says what was reset (one
     * Edit > Undo puts it back).
     */
    public void load(ByteSource bytes) {
        String reset = fitLayoutTo(bytes, 0);
        load(bytes, 0);
        notice.set(reset);
        describeHover();
    }

    /**
     * Sets the layout fields (quietly) to fit {@code bytes} from byte {@code start} on; says what
     * they were, or "" if nothing changed.
     */
    private String fitLayoutTo(ByteSource bytes, long start) {
        String shape = fittingShape(bytes.size() - start);
        String offset = Long.toString(start);
        List<String> was = new ArrayList<>();
        if (!shapeText.get().strip().equals(shape)) {
            was.add("shape " + (shapeText.get().isBlank() ? "none" : shapeText.get().strip()));
        }
        if (!stridesText.get().isBlank()) {
            was.add("strides " + stridesText.get().strip());
        }
        if (!offsetText.get().strip().equals(offset) && !(offsetText.get().isBlank() && start == 0)) {
            was.add("offset " + offsetText.get().strip());
        }
        if (!exprText.get().isBlank()) {
            was.add("view " + exprText.get().strip());
        }
        setSelection(new Selection.Nothing());
        applying = true;
        try {
            shapeText.set(shape);
            stridesText.set("");
            offsetText.set(offset);
            exprText.set("");
        } finally {
            applying = false;
        }
        lastEdited = null;
        endEdit();
        return was.isEmpty() ? "" : "Layout reset for the new bytes: offset " + offset + ", "
                + (shape.isEmpty() ? "all of them as np.frombuffer reads them" : "shape (" + shape + ",), the whole elements they hold")
                + " (was " + String.join(", ", was) + "). Edit > Undo puts it back.";
    }

    /** Blank (np.frombuffer: all of them) when the bytes are whole elements of the dtype, else as many as fit. */
    private String fittingShape(long size) {
        try {
            int itemsize = DType.parse(dtypeText.get()).itemsize();
            return itemsize == 0 || size % itemsize == 0 ? "" : Long.toString(size / itemsize);
        } catch (RuntimeException e) {
            return ""; // the dtype says why under its field
        }
    }

    /** Shows new bytes whose first {@code headerBytes} are a file header (a .npy's), not data. */
    public void load(ByteSource bytes, long headerBytes) {
        ByteSource old = source.get();
        headerLength.set(headerBytes);
        source.set(bytes);
        if (old != null && old != bytes) {
            old.close();
        }
        revalidate();
    }

    /**
     * Opens a file read-only (raw bytes, a .npy, an .npz's first member); if it cannot be opened,
     * says why (and keeps the bytes shown).
     */
    public void open(java.nio.file.Path file) {
        try {
            load(OpenedFile.open(file, null));
        } catch (StridescopeError e) {
            cannotOpen(file, e);
        }
    }

    /**
     * Says under the bytes why {@code file} could not be opened (the bytes shown stay), and offers
     * it as raw bytes ({@link #unopenedFileProperty()}): the one way an opening error is shown,
     * from the command line, the menu or a drop.
     */
    public void cannotOpen(java.nio.file.Path file, StridescopeError e) {
        unopenedFile.set(file);
        fail(Argument.SOURCE, e);
    }

    /**
     * Opens any file as plain bytes: the part a .npy's first bytes call header is tinted (all of
     * it if the header runs past the end), and the layout starts right after it, fitted to the rest.
     */
    public void openRaw(java.nio.file.Path file) {
        OpenedFile raw;
        try {
            raw = OpenedFile.raw(file);
        } catch (StridescopeError e) {
            cannotOpen(file, e);
            return;
        }
        long header = Math.min(raw.size(), Math.max(0, org.stridescope.core.io.NpyHeaderReader.declaredDataOffset(raw)));
        String reset = fitLayoutTo(raw, header);
        load(raw, header);
        notice.set(reset);
        describeHover();
    }

    /**
     * Shows an opened file. A .npy (or .npz member) brings its layout: its header fills dtype,
     * shape, strides (Fortran order; blank for C order) and offset, and its header bytes are
     * marked as such ({@link #headerLengthProperty()}), and any expression is cleared.
     *
     * @throws StridescopeError InputError if the header announces more data than the file holds
     *                          (the file is closed again and nothing changes)
     */
    public void load(OpenedFile file) {
        LayoutSpec spec;
        try {
            spec = file.data().layoutSpec();
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        applying = true;
        try {
            load(file, file.data().headerLength());
        } finally {
            applying = false;
        }
        if (spec == null) {
            String reset = fitLayoutTo(file, 0);
            revalidate();
            notice.set(reset);
            describeHover();
            return;
        }
        long[] shape = spec.shape();
        // a tensor's strides are whatever it was saved with (w.T, expand): always written out
        boolean fortran = file.data().tensor() != null
                || file.data().header().fortranOrder() && shape.length > 1;
        // A file that brings its own layout is a new array: an expression written for the last
        // one (a[::2, 1:]) would mean something else here, or fail, so it starts from a itself.
        applying = true;
        try {
            exprText.set("");
        } finally {
            applying = false;
        }
        setLayout(spec.dtype(), shape.length == 0 ? "()" : LayoutText.commaList(shape),
                fortran ? LayoutText.commaList(spec.strides()) : "", Long.toString(spec.offset()));
    }

    /**
     * Sets the layout fields in one go, checked once (null keeps a field as it is): what a file's
     * header or pasted NumPy code says. A blank shape means np.frombuffer, as in the form.
     */
    public void setLayout(String dtype, String shape, String strides, String offset) {
        lastEdited = null;
        endEdit();
        applying = true;
        try {
            setIfGiven(dtypeText, dtype);
            setIfGiven(shapeText, shape);
            setIfGiven(stridesText, strides);
            setIfGiven(offsetText, offset);
        } finally {
            applying = false;
        }
        revalidate();
    }

    /**
     * Sets the layout fields and the expression in one go, checked once (null keeps a field as it
     * is): undo and redo put a whole state back.
     */
    public void setLayout(String dtype, String shape, String strides, String offset, String expr) {
        applying = true;
        try {
            setIfGiven(exprText, expr);
        } finally {
            applying = false;
        }
        setLayout(dtype, shape, strides, offset);
    }

    /** Sets everything the command line gave, then selects {@code --select} if it names an element. */
    public void apply(GuiOptions options) {
        if (options.theme() != null) {
            theme.set(options.theme());
        }
        try {
            if (options.file() != null) {
                load(OpenedFile.open(options.file(), null));
            } else if (options.hex() != null) {
                source.set(SourceLoader.paste(options.hex()));
            }
        } catch (StridescopeError e) {
            if (options.file() != null) {
                cannotOpen(options.file(), e);
            } else {
                fail(Argument.SOURCE, e);
            }
            return;
        }
        // All fields first, then one check: no half-applied layout ever becomes "the last valid one".
        ShownArray defaultReading = array.get();
        applying = true;
        try {
            setIfGiven(dtypeText, options.dtype());
            setIfGiven(shapeText, options.shape() == null || !options.shape().isBlank() ? options.shape() : "()");
            setIfGiven(stridesText, options.strides());
            setIfGiven(offsetText, options.offset());
        } finally {
            applying = false;
        }
        revalidate();
        if (error.get() != null && array.get() != null && array.get() == defaultReading) {
            // The layout asked for does not fit: no array was ever shown, so there is no last valid one to
            // keep (the bytes' default reading is not what the user asked for).
            array.set(null);
            setSelection(new Selection.Nothing());
            arraySummary.set("");
            stale.set(false);
        }
        if (options.expr() != null) {
            // The form's array first: an expression NumPy answers with a copy keeps it, not the bytes' default reading.
            applying = true;
            try {
                exprText.set(options.expr());
            } finally {
                applying = false;
            }
            revalidate();
        }
        if (options.expr() != null && !options.expr().isBlank()) {
            announceRun(options.expr());
        }
        if (options.select() != null) {
            selectElement(options.select(), false);
        }
    }

    private static void setIfGiven(StringProperty p, String value) {
        if (value != null) {
            p.set(value);
        }
    }

    /** Selects one element, or with {@code extend} the box from the current anchor to it. */
    public void selectElement(long[] index, boolean extend) {
        selectField(index, -1, extend);
    }

    /**
     * Selects leaf {@code field} of one record (a grid cell of a record array; -1: the whole
     * record), or with {@code extend} that field of every record from the current anchor to it.
     */
    public void selectField(long[] index, long field, boolean extend) {
        ShownArray a = array.get();
        if (a == null || !a.contains(index)) {
            return;
        }
        long column = a.fields() == null || field < 0 || field >= a.fields().columns() ? -1 : field;
        long[] anchor = index;
        if (extend && selection.get() instanceof Selection.Elements e) {
            anchor = e.anchor();
        }
        setSelection(new Selection.Elements(anchor, index, column));
        revealBytes.set(null);
        revealBytes.set(a.bytesOf(index, column));
        revealElement.set(null);
        revealElement.set(index);
    }

    /** Selects one byte, or with {@code extend} the range from the current anchor byte to it. */
    public void selectByte(long pos, boolean extend) {
        long size = source.get().size();
        if (pos < 0 || pos >= size) {
            return;
        }
        long anchor = pos;
        if (extend && selection.get() instanceof Selection.Bytes b) {
            anchor = b.anchor();
        }
        setSelection(new Selection.Bytes(anchor, pos));
        Readers r = selectedReaders.get();
        if (r != null && !r.first().isEmpty()) {
            revealElement.set(null);
            revealElement.set(r.first().get(0));
        }
    }

    /** Selects byte {@code pos} and brings it into sight in the hex view (Edit > Go To…). */
    public void goToByte(long pos) {
        forgetHover();
        selectByte(pos, false);
        if (selection.get() instanceof Selection.Bytes) {
            revealBytes.set(null);
            revealBytes.set(ByteRange.ofLength(pos, 1));
        }
    }

    /** Selects element {@code index} and brings it into sight (Edit > Go To…). */
    public void goToElement(long[] index) {
        forgetHover();
        selectElement(index, false);
    }

    /** After a jump the status bar tells of where the user went, not of what the pointer was over before. */
    private void forgetHover() {
        hoverByte.set(-1);
        hoverElement.set(null);
    }

    public void clearSelection() {
        setSelection(new Selection.Nothing());
    }

    public void hoverElement(long[] index) {
        hoverField(index, -1);
    }

    /** The pointer is on one field of a record (a field's column in the grid): that field's bytes light up. */
    public void hoverField(long[] index, long field) {
        hoverField.set((int) Math.max(-1, Math.min(Integer.MAX_VALUE, field)));
        hoverElement.set(index);
    }

    /** The hovered record field's column, or -1 when the whole element is hovered (or nothing). */
    public javafx.beans.property.ReadOnlyIntegerProperty hoverFieldProperty() {
        return hoverField.getReadOnlyProperty();
    }

    /** The bytes the hovered element (or its hovered field) reads; null when nothing is hovered. */
    public ByteRange hoveredBytes() {
        ShownArray a = array.get();
        long[] idx = hoverElement.get();
        if (a == null || idx == null || !a.contains(idx)) {
            return null;
        }
        return a.fields() != null && hoverField.get() >= 0 ? a.bytesOf(idx, hoverField.get()) : a.bytesOf(idx);
    }

    public void hoverByte(long pos) {
        hoverByte.set(pos);
    }

    /**
     * Applies an expression on {@code a} (blank: {@code a} itself) and tells the run listeners
     * what came of it, as a Python console would print it.
     */
    public void applyExpression(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(exprText.get())) {
            revalidate(); // the same text again: answer again (the layout may have changed meanwhile)
        } else {
            exprText.set(t);
        }
        announceRun(t);
    }

    /** Calls {@code listener} after each {@link #applyExpression} and for {@code --expr}. */
    public void onExpressionRun(java.util.function.Consumer<ExpressionRun> listener) {
        runListeners.add(listener);
    }

    private void announceRun(String text) {
        StridescopeError e = error.get();
        String copied = e != null && StridescopeError.COPY_REQUIRED.equals(e.type()) && aLayout != null
                ? org.stridescope.core.expr.CopiedValues.print(text, source.get(), aLayout) : null;
        ExpressionRun run = new ExpressionRun(text, e == null ? array.get() : null, e, copied);
        for (var l : List.copyOf(runListeners)) {
            l.accept(run);
        }
    }

    /** Fills the strides field with C-order strides for the typed shape and dtype. */
    public void fillCOrder() {
        fillStrides(true);
    }

    /** Fills the strides field with Fortran-order strides for the typed shape and dtype. */
    public void fillFOrder() {
        fillStrides(false);
    }

    private void fillStrides(boolean cOrder) {
        try {
            DType d = DType.parse(dtypeText.get());
            long[] shape;
            if (!shapeText.get().isBlank()) {
                shape = NumberLists.parse(shapeText.get(), "shape");
            } else if (aLayout != null) {
                // No shape typed (frombuffer): strides need one, so write down the shape of a.
                shape = aLayout.shape();
                shapeText.set(LayoutText.commaList(shape));
            } else {
                return;
            }
            long[] s = cOrder ? Layout.cStrides(shape, d.itemsize()) : Layout.fStrides(shape, d.itemsize());
            stridesText.set(LayoutText.commaList(s));
        } catch (RuntimeException e) {
            // The field that cannot be read already shows why.
        }
    }

    /** Rewrites the dtype text's byte-order prefix. */
    public void setByteOrder(ByteOrderChoice choice) {
        if (choice != null && choice != byteOrder.get()) {
            dtypeText.set(choice.rewrite(dtypeText.get()));
        }
    }

    /**
     * What Ctrl+C copies: the selected elements' values (tab between elements of the last axis,
     * a new line after each), or the selected bytes as hex pairs.
     */
    public String copyText() {
        ShownArray a = array.get();
        Selection s = selection.get();
        if (s instanceof Selection.Bytes b) {
            ByteRange r = b.range();
            long end = Math.min(r.endExclusive(), r.start() + COPY_LIMIT);
            StringBuilder sb = new StringBuilder();
            for (long p = r.start(); p < end; p++) {
                sb.append(sb.isEmpty() ? "" : " ").append(String.format("%02x", source.get().get(p) & 0xff));
            }
            return sb.toString();
        }
        if (a == null || !(s instanceof Selection.Elements e)) {
            return "";
        }
        long[] lo = e.low();
        long[] hi = e.high();
        long[] idx = lo.clone();
        StringBuilder sb = new StringBuilder();
        long n = 0;
        while (n++ < COPY_LIMIT) {
            sb.append(a.value(idx));
            int k = idx.length - 1;
            while (k >= 0 && idx[k] == hi[k]) {
                idx[k] = lo[k];
                k--;
            }
            if (k < 0) {
                break;
            }
            idx[k]++;
            sb.append(k == idx.length - 1 ? "\t" : "\n");
        }
        return sb.toString();
    }

    private static final long COPY_LIMIT = 1_000_000;

    // ---- the one place the layout is re-asked ----------------------------------------------

    private void revalidate() {
        if (applying) {
            return;
        }
        notice.set("");
        try {
            DType dtype = DType.parse(dtypeText.get());
            byteOrder.set(ByteOrderChoice.of(dtypeText.get(), dtype));
        } catch (RuntimeException e) {
            // the same text fails again below, and says why under the dtype field
        }
        Inspection seen;
        try {
            seen = Inspector.inspect(source.get(), TypedLayout.ofFields(dtypeText.get(), shapeText.get(),
                    stridesText.get(), offsetText.get()), exprText.get());
        } catch (RuntimeException e) {
            fail(Argument.SHAPE, StridescopeError.internal(e, "Stridescope could not answer this; the last good array stays shown."));
            return;
        }
        if (seen.base() != null) {
            aLayout = seen.base();
        }
        if (seen.isOk()) {
            accept(seen);
            return;
        }
        Argument field = fieldOf(seen.error(), lastEdited);
        if (field == Argument.EXPR && seen.base() != null
                && (array.get() == null || array.get().source() != source.get())) {
            accept(Inspection.ok(source.get(), seen.base())); // nothing valid shown yet for these bytes: a itself is the last valid array
        }
        fail(field, seen.error());
    }

    /**
     * The form field an error belongs under. When every field reads and the numbers just do not
     * fit the bytes, that is the field the user just changed (typing offset 4 is what broke an
     * array with strides, not the strides); otherwise the argument core names (the form has no
     * count: np.frombuffer's comes from a blank shape), else the shape.
     */
    private Argument fieldOf(StridescopeError e, Argument justChanged) {
        Argument argument = e.argument();
        if (justChanged != null && justChanged != argument && argument != Argument.EXPR
                && argument != Argument.SOURCE && fieldsRead()) {
            return justChanged;
        }
        return argument == null || argument == Argument.COUNT ? Argument.SHAPE : argument;
    }

    /** True if dtype, shape, strides and offset each read as NumPy would take them. */
    private boolean fieldsRead() {
        try {
            DType.parse(dtypeText.get());
            TypedLayout.ofFields(dtypeText.get(), shapeText.get(), stridesText.get(), offsetText.get()).spec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }


    private void accept(Inspection seen) {
        unopenedFile.set(null);
        error.set(null);
        errorField.set(null);
        stale.set(false);
        show(new ShownArray(seen));
    }

    /** Puts {@code now} in the views, keeping the selection and hover where they still make sense. */
    private void show(ShownArray now) {
        array.set(now);
        // Keep the selection where it still makes sense.
        Selection s = selection.get();
        if (s instanceof Selection.Elements e && !(now.contains(e.anchor()) && now.contains(e.lead()))) {
            setSelection(new Selection.Nothing());
        } else if (s instanceof Selection.Elements e && e.oneField()
                && (now.fields() == null || e.field() >= now.fields().columns())) {
            setSelection(new Selection.Elements(e.anchor(), e.lead())); // the field is gone: keep the records
        } else {
            setSelection(s);
        }
        if (hoverElement.get() != null && !now.contains(hoverElement.get())) {
            hoverElement.set(null);
        }
        arraySummary.set(StatusText.array(now));
    }

    private void fail(Argument field, StridescopeError e) {
        if (field != Argument.SOURCE) {
            unopenedFile.set(null);
        }
        error.set(e);
        errorField.set(field);
        if (beforeEdit != null && beforeEdit != array.get() && beforeEdit.source() == source.get()) {
            // "3" on the way to "3,3" was valid for a keystroke: the array to keep is the one the user had.
            show(beforeEdit);
        }
        if (array.get() != null && array.get().source() != source.get()) {
            // The last valid array was a view of other bytes: showing it over these would mislead.
            array.set(null);
            setSelection(new Selection.Nothing());
            arraySummary.set("");
        }
        stale.set(array.get() != null);
    }

    private void setSelection(Selection s) {
        ShownArray a = array.get();
        List<ByteRange> bytes = List.of();
        Readers readers = null;
        if (a != null && s instanceof Selection.Elements e) {
            bytes = unionOfBytes(a, e);
        } else if (a != null && s instanceof Selection.Bytes b) {
            bytes = List.of(b.range());
            readers = readersOf(a, b.range());
        }
        selectedBytes.set(bytes);
        selectedReaders.set(readers);
        selection.set(s);
        selectionSummary.set(StatusText.selection(a, s, readers));
    }

    /** The bytes of every element in the box, merged into sorted runs. */
    static List<ByteRange> unionOfBytes(ShownArray a, Selection.Elements e) {
        List<ByteRange> ranges = new ArrayList<>();
        long field = e.field();
        if (e.count() > UNION_LIMIT) {
            ranges.add(a.bytesOf(e.anchor(), field));
            ranges.add(a.bytesOf(e.lead(), field));
        } else {
            long[] lo = e.low();
            long[] hi = e.high();
            long[] idx = lo.clone();
            while (true) {
                ranges.add(a.bytesOf(idx, field));
                int k = idx.length - 1;
                while (k >= 0 && idx[k] == hi[k]) {
                    idx[k] = lo[k];
                    k--;
                }
                if (k < 0) {
                    break;
                }
                idx[k]++;
            }
        }
        ranges.sort((x, y) -> Long.compare(x.start(), y.start()));
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange r : ranges) {
            ByteRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.start() <= last.endExclusive()) {
                merged.set(merged.size() - 1, new ByteRange(last.start(), Math.max(last.endExclusive(), r.endExclusive())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Every element that reads any byte of the range (its bytes meet the range): core's exact
     * count, however long the range, and the first {@value #READER_LIMIT} in C order.
     */
    static Readers readersOf(ShownArray a, ByteRange range) {
        if (range.length() == 1) {
            return a.readers(range.start(), READER_LIMIT);
        }
        return a.readersOf(range, READER_LIMIT);
    }

    // ---- properties --------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ByteSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** How many bytes at the start of the source are a file header (0 for raw bytes and pastes). */
    /**
     * Whether the byte at {@code pos} is the file's own, not data: a .npy header's, or in a
     * checkpoint, safetensors or HDF5 file shown in place, its headers, pickle and metadata.
     */
    public boolean isFileFormatByte(long pos) {
        if (pos < headerLength.get()) {
            return true;
        }
        return source.get() instanceof OpenedFile f && f.data().tensors() != null
                && (f.data().tensor() == null || f.data().tensor().packed() == null) && f.data().tensors().isFormatByte(pos);
    }

    /** Whether some shown bytes are the file's own ({@link #isFileFormatByte}). */
    public boolean hasFileFormatBytes() {
        return headerLength.get() > 0 || source.get() instanceof OpenedFile f && f.data().tensors() != null;
    }

    public ReadOnlyLongProperty headerLengthProperty() {
        return headerLength.getReadOnlyProperty();
    }

    public StringProperty dtypeTextProperty() {
        return dtypeText;
    }

    public StringProperty shapeTextProperty() {
        return shapeText;
    }

    public StringProperty stridesTextProperty() {
        return stridesText;
    }

    public StringProperty offsetTextProperty() {
        return offsetText;
    }

    /**
     * The applied expression on {@code a} (the form's array); the shown array is its result, a
     * view of the same bytes. Empty: {@code a} itself. Setting it applies it quietly; the
     * expression bar uses {@link #applyExpression} so the console records it too.
     */
    public StringProperty exprTextProperty() {
        return exprText;
    }

    /**
     * True while the user drags a control that sets the layout as it moves (the row-width
     * slider): what it sets meanwhile is one undo step, not one per pixel moved.
     */
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }

    public ObjectProperty<GuiOptions.Theme> themeProperty() {
        return theme;
    }

    /** The last array NumPy accepted (null until the first valid layout). */
    public ReadOnlyObjectProperty<ShownArray> arrayProperty() {
        return array.getReadOnlyProperty();
    }

    public ShownArray array() {
        return array.get();
    }

    /** Why the current input is not an array (null while it is). */
    public ReadOnlyObjectProperty<StridescopeError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file that could not be opened, while its error shows (the form offers "Open as raw bytes"). */
    public ReadOnlyObjectProperty<java.nio.file.Path> unopenedFileProperty() {
        return unopenedFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Argument> errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** True while the views show an older array because the input is invalid. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ByteOrderChoice> byteOrderProperty() {
        return byteOrder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection.get();
    }

    /** The bytes to light up in the hex view, sorted, merged. */
    public ReadOnlyObjectProperty<List<ByteRange>> selectedBytesProperty() {
        return selectedBytes.getReadOnlyProperty();
    }

    /** For a byte selection: the elements that read those bytes. */
    public ReadOnlyObjectProperty<Readers> selectedReadersProperty() {
        return selectedReaders.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<long[]> hoverElementProperty() {
        return hoverElement.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty hoverByteProperty() {
        return hoverByte.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionSummaryProperty() {
        return selectionSummary.getReadOnlyProperty();
    }

    /** What the pointer is over (a byte: its readers, how many, header or not; an element: its bytes and value); empty if nothing. */
    public ReadOnlyStringProperty hoverSummaryProperty() {
        return hoverSummary.getReadOnlyProperty();
    }

    /** The status bar's line: the hover line while the pointer is over something outside the selection, else the selection summary. */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty arraySummaryProperty() {
        return arraySummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ByteRange> revealBytesProperty() {
        return revealBytes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<long[]> revealElementProperty() {
        return revealElement.getReadOnlyProperty();
    }
}
