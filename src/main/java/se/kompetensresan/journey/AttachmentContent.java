package se.kompetensresan.journey;

/** An attachment with its bytes, for download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
