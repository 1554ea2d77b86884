package com.cartera.support;

/** A stored file to hand to the person who downloads it. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
