package com.cartera.importexport;

import java.nio.charset.StandardCharsets;

/**
 * The keys (e-mails, tax ids, ...) met so far in a file and the row each first appeared in, to report
 * duplicates within the file. A million-row file must fit in a small heap, so a key is kept as a 64-bit hash
 * in an open-addressing table (12 bytes a key), not as a string: two different keys share a hash with a
 * chance of about one in 10^7 for a million keys.
 */
final class SeenKeys {

    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Remembers {@code key} at {@code row} unless it was met before; returns the earlier row, or 0 when new. */
    int firstRowOf(String key, int row) {
        long hash = hash(key);
        if (size * 2 >= hashes.length) {
            grow();
        }
        int slot = slot(hash, hashes.length);
        while (rows[slot] != 0) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        rows[slot] = row;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldRows[i] != 0) {
                int slot = slot(oldHashes[i], hashes.length);
                while (rows[slot] != 0) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** 64-bit FNV-1a over the UTF-8 bytes, then mixed so that similar keys spread over the table. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
