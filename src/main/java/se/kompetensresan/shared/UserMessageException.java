package se.kompetensresan.shared;

/**
 * A refusal the user can act on, carrying a message-bundle key (and its arguments) instead of text.
 * Services throw it for bad input; views show the translated message, never a stack trace.
 */
public class UserMessageException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public UserMessageException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
