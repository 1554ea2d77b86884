package com.cartera.support;

/** A file to put on a message, as uploaded: its type is found from its bytes, never taken from the name. */
public record NewAttachment(String fileName, byte[] content) {
}
