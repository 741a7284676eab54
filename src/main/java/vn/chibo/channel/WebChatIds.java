package vn.chibo.channel;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A web chat is known by a random id its browser keeps; it is both the chat and the user there. */
public final class WebChatIds {

    private static final Pattern CHAT_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private WebChatIds() {
    }

    /** The id, or a 400 problem when it is not one a browser of ours would make. */
    public static String valid(String chatId) {
        if (chatId == null || !CHAT_ID.matcher(chatId).matches()) {
            throw badRequest("chatId must be 16 to 64 letters, digits, '-' or '_'");
        }
        return chatId;
    }

    public static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
