package io.newsroom.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string member breaks the contract's text rule ({@link io.newsroom.contract.Texts}): a NUL character or an
 * unpaired surrogate. Jackson adds the member's path as for any mapping error; the problem mappers answer 400 naming
 * it with {@link #reason()}.
 */
public class InvalidTextException extends MismatchedInputException {

    private final String reason;

    /**
     * @param parser the parser positioned on the string
     * @param reason what is wrong with it, in plain words
     */
    public InvalidTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** @return what is wrong with the text, in plain words */
    public String reason() {
        return reason;
    }
}
