package dev.congkit.image.internal.jpeg;

/**
 * A Huffman table of a DHT segment (ITU T.81 Annex C), with a lookahead table that decodes codes of
 * up to {@value #LOOKAHEAD} bits in one step; longer codes are decoded by length. Internal.
 */
final class HuffmanTable {

    static final int LOOKAHEAD = 9;
    static final int LOOKAHEAD_MASK = (1 << LOOKAHEAD) - 1;

    /** {@code (length << 8) | value} for each {@value #LOOKAHEAD}-bit prefix, 0 when the code is longer. */
    final int[] lookup = new int[1 << LOOKAHEAD];
    static final int FAST_BITS = 12;
    static final int FAST_MASK = (1 << FAST_BITS) - 1;
    /** The run an end-of-block entry of {@link #fast} carries: past the last coefficient of any block. */
    static final int END_OF_BLOCK = 64;

    /**
     * For each {@value #FAST_BITS}-bit prefix that holds a whole AC code and the value bits after it:
     * {@code value << 16 | run << 5 | bits consumed}; 0 otherwise. The run is the symbol's high nibble
     * (zeros before the coefficient), the value its extended low-nibble bits; the sixteen-zero symbol
     * (0xF0) is a run of 15 before a zero, and end-of-block (0x00) a run of 64, past any block's end,
     * so that the decoder's one bounds test ends the block. Meaningless for a DC table, which never uses it.
     */
    final int[] fast = new int[1 << FAST_BITS];
    /** The largest code of each length, -1 when there is none (index 1 to 16; 17 is a sentinel). */
    final int[] maxCode = new int[18];
    /** Added to a code of a given length, gives the index of its value. */
    final int[] valueOffset = new int[18];
    final int[] values;

    /** The tables of the last few files: a camera writes the same ones in every photo, and building one takes time. */
    private static final java.util.Map<Key, HuffmanTable> RECENT = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Key, HuffmanTable> eldest) {
            return size() > RECENT_MAX;
        }
    };
    private static final int RECENT_MAX = 8;

    /** The table a DHT segment defines: 16 code counts at {@code data[from]}, then {@code total} symbols. */
    static HuffmanTable of(byte[] data, int from, int total) throws JpegCorruptException {
        Key key = new Key(java.util.Arrays.copyOfRange(data, from, from + 16 + total));
        synchronized (RECENT) {
            HuffmanTable known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        int[] counts = new int[17];
        for (int i = 1; i <= 16; i++) {
            counts[i] = data[from + i - 1] & 0xFF;
        }
        int[] values = new int[total];
        for (int i = 0; i < total; i++) {
            values[i] = data[from + 16 + i] & 0xFF;
        }
        HuffmanTable table = new HuffmanTable(counts, values);
        synchronized (RECENT) {
            RECENT.put(key, table);
        }
        return table;
    }

    /** A DHT segment's bytes for one table, compared by content. */
    private record Key(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }
    }

    /**
     * @param counts the number of codes of each length 1 to 16 (index 0 unused)
     * @param values the symbols, in code order
     */
    HuffmanTable(int[] counts, int[] values) throws JpegCorruptException {
        this.values = values;
        int code = 0;
        int index = 0;
        for (int length = 1; length <= 16; length++) {
            int n = counts[length];
            if (code + n > (1 << length)) {
                throw new JpegCorruptException("a Huffman table has more codes of " + length + " bits than there can be");
            }
            if (n == 0) {
                maxCode[length] = -1;
            } else {
                valueOffset[length] = index - code;
                if (length <= LOOKAHEAD) {
                    for (int i = 0; i < n; i++) {
                        int shift = LOOKAHEAD - length;
                        int first = (code + i) << shift;
                        for (int fill = 0; fill < (1 << shift); fill++) {
                            lookup[first + fill] = (length << 8) | (values[index + i] & 0xFF);
                        }
                    }
                }
                index += n;
                code += n;
                maxCode[length] = code - 1;
            }
            code <<= 1;
        }
        maxCode[17] = Integer.MAX_VALUE;
        buildFast(counts);
    }

    private void buildFast(int[] counts) {
        int code = 0;
        int index = 0;
        for (int length = 1; length <= 16; length++) {
            for (int i = 0; i < counts[length]; i++, code++, index++) {
                int symbol = values[index] & 0xFF;
                int size = symbol & 15;
                int run = symbol >> 4;
                if (size == 0 && (run == 15 || run == 0) && length <= FAST_BITS) {
                    // sixteen zeros: fifteen skipped and a zero written; end of block: past the end; one lookup like any coefficient
                    int prefix = code << (FAST_BITS - length);
                    for (int fill = 0; fill < (1 << (FAST_BITS - length)); fill++) {
                        fast[prefix | fill] = ((run == 15 ? 15 : END_OF_BLOCK) << 5) | length;
                    }
                    continue;
                }
                if (size == 0 || length + size > FAST_BITS) {
                    continue;
                }
                int free = FAST_BITS - length - size;
                for (int extra = 0; extra < (1 << size); extra++) {
                    int value = extra < (1 << (size - 1)) ? extra - (1 << size) + 1 : extra;
                    int prefix = (((code << size) | extra) << free);
                    for (int fill = 0; fill < (1 << free); fill++) {
                        fast[prefix | fill] = (value << 16) | (run << 5) | (length + size);
                    }
                }
            }
            code <<= 1;
        }
    }
}
