package org.stridescope.core.io;

/**
 * One member of a zip archive as its central directory lists it.
 *
 * @param method            0 stored, 8 deflated
 * @param localHeaderOffset where the member's local header starts in the archive
 */
public record ZipEntryInfo(String name, int method, int flags, long crc, long compressedSize, long size,
                    long localHeaderOffset) {
    public static final int STORED = 0;
    public static final int DEFLATED = 8;
}
