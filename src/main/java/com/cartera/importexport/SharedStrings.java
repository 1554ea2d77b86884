package com.cartera.importexport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (where Excel and LibreOffice keep every text cell) kept in a memory-mapped
 * temporary file, not on the heap: a million-row sheet can hold millions of distinct strings. Only their
 * offsets stay in memory, 8 bytes per string.
 */
final class SharedStrings implements AutoCloseable {

    private final Path file;
    private long[] offsets = new long[1024];
    private int count;
    private MappedByteBuffer mapped;

    private SharedStrings(Path file) {
        this.file = file;
    }

    /**
     * @param maxChars a cell's limit: a longer string is kept with one character more than the limit, so that
     *                 a cell using it is refused, and never held whole
     */
    static SharedStrings parse(InputStream xml, int maxChars) throws Exception {
        Path file = Files.createTempFile("cartera-sst-", ".bin");
        var strings = new SharedStrings(file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(strings.new Parser(out, maxChars + 1));
            reader.parse(new InputSource(xml));
        } catch (Exception e) {
            strings.close();
            throw e;
        }
        strings.map();
        return strings;
    }

    static SharedStrings empty() throws IOException {
        var strings = new SharedStrings(Files.createTempFile("cartera-sst-", ".bin"));
        strings.map();
        return strings;
    }

    private void map() throws IOException {
        long size = count == 0 ? 0 : offsets[count];
        if (size > Integer.MAX_VALUE) {
            throw new IOException("Shared strings larger than 2 GB");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        int start = (int) offsets[index];
        int length = (int) (offsets[index + 1] - start);
        byte[] bytes = new byte[length];
        mapped.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        mapped = null;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file the operating system cleans up anyway.
        }
    }

    /** Collects each {@code <si>}'s text: its {@code <t>} elements, without phonetic runs ({@code <rPh>}). */
    private final class Parser extends DefaultHandler {

        private final OutputStream out;
        private final int kept;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private long written;

        Parser(OutputStream out, int kept) {
            this.out = out;
            this.kept = kept;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws org.xml.sax.SAXException {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> add();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && text.length() < kept) {
                text.append(ch, start, Math.min(length, kept - text.length()));
            }
        }

        private void add() throws org.xml.sax.SAXException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new org.xml.sax.SAXException(e);
            }
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[count] = written;
            written += bytes.length;
            offsets[++count] = written;
        }
    }
}
