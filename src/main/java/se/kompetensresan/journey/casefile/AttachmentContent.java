package se.kompetensresan.journey.casefile;

/** An attachment with its bytes, for download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
