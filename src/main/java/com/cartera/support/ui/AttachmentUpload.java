package com.cartera.support.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives a file for a ticket message into memory, refusing it once it passes the size limit: before reading when
 * the request says how large it is, and otherwise as soon as more bytes arrive than the limit.
 */
final class AttachmentUpload implements UploadHandler {

    @FunctionalInterface
    interface Received extends Serializable {
        void accept(String fileName, byte[] content);
    }

    private final long maxBytes;
    private final Received received;
    private final Received tooLarge;

    AttachmentUpload(long maxBytes, Received received, Received tooLarge) {
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
        var bytes = new ByteArrayOutputStream();
        try (InputStream in = event.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (bytes.size() <= maxBytes && (read = in.read(buffer)) >= 0) {
                bytes.write(buffer, 0, read);
            }
        }
        if (bytes.size() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        byte[] content = bytes.toByteArray();
        event.getUI().access(() -> received.accept(fileName, content));
    }

    private void refuse(UploadEvent event, String fileName) {
        event.reject("Larger than " + maxBytes + " bytes");
        event.getUI().access(() -> tooLarge.accept(fileName, new byte[0]));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
