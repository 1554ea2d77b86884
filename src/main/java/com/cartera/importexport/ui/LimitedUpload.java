package com.cartera.importexport.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives an uploaded file into a temporary file, refusing it once it passes the import's size limit: before
 * reading when the request says how large it is, and otherwise as soon as more bytes arrive than the limit, so
 * that no upload fills the disk whatever its headers claim. The servlet container's multipart limits are set
 * from the same setting.
 */
final class LimitedUpload implements UploadHandler {

    @FunctionalInterface
    interface Received extends Serializable {
        void accept(String fileName, File file);
    }

    @FunctionalInterface
    interface TooLarge extends Serializable {
        void refused(String fileName);
    }

    private final long maxBytes;
    private final Received received;
    private final TooLarge tooLarge;

    LimitedUpload(long maxBytes, Received received, TooLarge tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        Path file = Files.createTempFile("cartera-upload-", ".tmp");
        long copied;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            copied = copyAtMost(in, out, maxBytes + 1);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (copied > maxBytes) {
            Files.deleteIfExists(file);
            refuse(event, fileName);
            return;
        }
        event.getUI().access(() -> received.accept(fileName, file.toFile()));
    }

    private void refuse(UploadEvent event, String fileName) {
        event.reject("Larger than " + maxBytes + " bytes");
        event.getUI().access(() -> tooLarge.refused(fileName));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while (copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) >= 0) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
