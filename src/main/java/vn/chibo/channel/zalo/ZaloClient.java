package vn.chibo.channel.zalo;

import java.time.Duration;
import java.util.Map;

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

    private final RestClient http;
    private final String token;

    ZaloClient(ZaloProperties properties) {
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.pollTimeout().plus(Duration.ofSeconds(15)));
        this.http = RestClient.builder().baseUrl(properties.apiUrl().toString()).requestFactory(requests).build();
        this.token = properties.token();
    }

    /** The answer's result; an error answer throws {@link ZaloApiException}; a network failure, RestClientException. */
    JsonNode call(String method, Map<String, ?> body) {
        JsonNode answer = http.post().uri("/bot{token}/{method}", token, method)
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
