package vn.chibo.channel.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The Zalo Bot Platform's few methods: POST /bot&lt;token&gt;/&lt;method&gt; with JSON, {ok, result} back. */
class ZaloClient {

    /** Zalo said no: {@code code} is its error_code, or the HTTP status when the body said nothing. */
    static class ZaloApiException extends RuntimeException {
        final int code;

        ZaloApiException(int code, String description) {
            super(code + " " + description);
            this.code = code;
        }
    }

    /** A token as the Zalo app issues it: {@code <bot_id>:<secret>}. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:-]+");

    private final RestClient http;
    private final String botPath;

    ZaloClient(ZaloProperties properties) {
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.pollTimeout().plus(Duration.ofSeconds(15)));
        this.http = RestClient.builder().requestFactory(requests).build();
        if (!TOKEN.matcher(properties.token()).matches()) {
            throw new IllegalArgumentException("ZALO_BOT_TOKEN is not a Zalo bot token (<bot_id>:<secret>)");
        }
        String base = properties.apiUrl().toString();
        // the token goes into the path as the platform documents it, its ':' not percent-encoded
        this.botPath = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/bot" + properties.token() + "/";
    }

    /** The answer's result; an error answer throws {@link ZaloApiException}; a network failure, RestClientException. */
    JsonNode call(String method, Map<String, ?> body) {
        JsonNode answer = http.post().uri(URI.create(botPath + method))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> {
                    JsonNode parsed = response.bodyTo(JsonNode.class);
                    if (parsed == null || !parsed.path("ok").asBoolean(false)) {
                        int code = parsed != null && parsed.has("error_code") ? parsed.get("error_code").asInt()
                                : response.getStatusCode().value();
                        throw new ZaloApiException(code, parsed == null ? "" : parsed.path("description").asString(""));
                    }
                    return parsed;
                });
        return answer.get("result");
    }
}
