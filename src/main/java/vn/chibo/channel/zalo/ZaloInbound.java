package vn.chibo.channel.zalo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.chibo.channel.inbound.InboundPipeline;
import vn.chibo.channel.inbound.InboundUpdate;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.organization.ChatChannel;

/**
 * Zalo updates to neutral messages, leniently: one update or a list, with or without event_name, bare or
 * wrapped in {ok, result}. A reply that picks a numbered choice becomes that button's payload.
 */
class ZaloInbound {

    private final InboundPipeline pipeline;
    private final NumberedChoices choices;

    ZaloInbound(InboundPipeline pipeline, NumberedChoices choices) {
        this.pipeline = pipeline;
        this.choices = choices;
    }

    /** True when the delivery is an update or a list of them whose messages have the platform's shape. */
    static boolean wellFormed(JsonNode delivery) {
        JsonNode body = delivery.isObject() && delivery.has("result") && delivery.has("ok") ? delivery.get("result") : delivery;
        if (body.isArray()) {
            for (JsonNode update : body) {
                if (!wellFormedUpdate(update)) {
                    return false;
                }
            }
            return true;
        }
        return wellFormedUpdate(body);
    }

    private static boolean wellFormedUpdate(JsonNode update) {
        if (!update.isObject()) {
            return false;
        }
        JsonNode message = update.get("message");
        if (message == null) {
            return true;
        }
        return message.isObject() && scalar(message.get("message_id")) && message.path("chat").isObject()
                && scalar(message.path("chat").get("id"))
                && (!message.has("from") || message.get("from").isObject() && optionalScalar(message.get("from").get("id")))
                && (!message.has("text") || message.get("text").isString())
                && (!message.has("photo_url") || message.get("photo_url").isString());
    }

    private static boolean scalar(JsonNode node) {
        return node != null && (node.isString() || node.isNumber());
    }

    private static boolean optionalScalar(JsonNode node) {
        return node == null || scalar(node);
    }

    void handle(JsonNode delivery) {
        JsonNode body = delivery.has("result") && delivery.has("ok") ? delivery.get("result") : delivery;
        var updates = new ArrayList<InboundUpdate>();
        if (body == null || body.isNull()) {
            return;
        }
        if (body.isArray()) {
            body.forEach(update -> toInbound(update, updates));
        } else {
            toInbound(body, updates);
        }
        pipeline.handle(updates);
    }

    private void toInbound(JsonNode update, List<InboundUpdate> into) {
        JsonNode message = update.get("message");
        if (message == null || !message.has("message_id") || !message.has("chat")) {
            return;
        }
        JsonNode from = message.path("from");
        String userId = from.path("id").asString(message.path("chat").path("id").asString());
        String chatId = message.path("chat").path("id").asString();
        String name = from.has("display_name") ? from.get("display_name").asString() : from.path("first_name").asString(null);
        String text = message.has("text") ? message.get("text").asString() : null;
        InboundMessage.Attachment attachment = null;
        if (message.has("photo_url")) {
            attachment = new InboundMessage.Attachment(null, "image/*", message.get("photo_url").asString());
        }
        String payload = choices.pick(chatId, text).orElse(null);
        into.add(new InboundUpdate(message.get("message_id").asString(), new InboundMessage(ChatChannel.ZALO, userId,
                chatId, name, null, payload == null ? text : null, payload, attachment, null)));
    }
}
