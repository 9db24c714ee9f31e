package org.stridescope.core.io.tensors;

/** The kinds of file that hold several named arrays, as the command line's {@code "format"} names them. */
public enum TensorFormat {
    NPZ("npz", ".npz archive"),
    PYTORCH("pytorch", "PyTorch checkpoint"),
    SAFETENSORS("safetensors", "safetensors file"),
    HDF5("hdf5", "HDF5 file");

    private final String id;
    private final String title;

    TensorFormat(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name in JSON: {@code pytorch}. */
    public String id() {
        return id;
    }

    /** For people: "PyTorch checkpoint". */
    public String title() {
        return title;
    }
}
