package vn.chibo.conversation;

/** A choice offered with a message; pressing it sends {@code payload} back as if the user had typed it. */
public record Button(String label, String payload) {
}
