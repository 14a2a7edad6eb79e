package se.kompetensresan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's client side of the UIDL protocol, as much as the load test needs: it keeps what a browser keeps
 * per UI (the UI id, the CSRF token, the last {@code syncId} the server sent and the next {@code clientId}), reads
 * the node ids of components by their element id from the server's changes, and writes the request bodies.
 */
final class Uidl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]+)\"\\}");

    private static final Pattern DETACH = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"detach\"\\}");

    private Uidl() {
    }

    /** The state of a fresh UI from the bootstrap ({@code ?v-r=init}) response. */
    static Session bootstrap(Session s, String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode config = root.path("appConfig");
            JsonNode uidl = config.path("uidl");
            return remember(s.set("uiId", config.path("v-uiId").asInt())
                    .set("csrfToken", uidl.path("Vaadin-Security-Key").asText())
                    .set("syncId", uidl.path("syncId").asInt())
                    .set("clientId", 0)
                    .set("nodes", Map.of()), body);
        } catch (Exception e) {
            throw new IllegalStateException("not a bootstrap response: " + abbreviate(body), e);
        }
    }

    /** Reads a UIDL response ({@code for(;;);[{...}]}): the server's syncId and the ids of new nodes. */
    static Session response(Session s, String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode msg = root.isArray() ? root.get(0) : root;
            if (msg.has("meta") && msg.path("meta").has("appError")) {
                throw new IllegalStateException("application error: " + abbreviate(json));
            }
            Session out = s;
            if (msg.has("syncId")) {
                out = out.set("syncId", msg.path("syncId").asInt());
            }
            if (msg.has("clientId")) {
                out = out.set("clientId", msg.path("clientId").asInt());
            }
            return remember(out, json);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL response: " + abbreviate(body), e);
        }
    }

    private static Session remember(Session s, String body) {
        Map<String, Integer> nodes = new java.util.HashMap<>(s.<Map<String, Integer>>get("nodes") == null ? Map.of() : s.get("nodes"));
        Matcher m = ID.matcher(body);
        while (m.find()) {
            nodes.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        Matcher d = DETACH.matcher(body);
        while (d.find()) {
            Integer gone = Integer.parseInt(d.group(1));
            nodes.values().removeIf(gone::equals);
        }
        return s.set("nodes", nodes);
    }

    /** The node id of the component with the element id. */
    static int node(Session s, String elementId) {
        Integer n = s.<Map<String, Integer>>get("nodes").get(elementId);
        if (n == null) {
            throw new IllegalStateException("no component with id " + elementId + " in the UI");
        }
        return n;
    }

    static Optional<Integer> findNode(Session s, String elementId) {
        return Optional.ofNullable(s.<Map<String, Integer>>get("nodes").get(elementId));
    }

    /** The element ids seen so far that start with the prefix. */
    static List<String> idsStartingWith(Session s, String prefix) {
        List<String> out = new ArrayList<>();
        s.<Map<String, Integer>>get("nodes").keySet().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(out::add);
        return out;
    }

    /** A request body with the RPC calls; counts the clientId on. */
    static String body(Session s, ArrayNode rpc) {
        ObjectNode o = JSON.createObjectNode();
        o.put("csrfToken", s.getString("csrfToken"));
        o.set("rpc", rpc);
        o.put("syncId", s.getInt("syncId"));
        o.put("clientId", s.getInt("clientId"));
        return o.toString();
    }

    static ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    /** A property change from the client (what a field sends when its value changes). */
    static ArrayNode sync(ArrayNode rpc, int node, String property, Object value) {
        ObjectNode o = rpc.addObject();
        o.put("type", "mSync");
        o.put("node", node);
        o.put("feature", 1);
        o.put("property", property);
        o.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** The router's navigation event on the UI's root node (what the client sends for a link or a page load). */
    static ArrayNode navigate(ArrayNode rpc, String route, int historyIndex) {
        ObjectNode o = rpc.addObject();
        o.put("type", "event");
        o.put("node", 1);
        o.put("event", "ui-navigate");
        ObjectNode data = o.putObject("data");
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", historyIndex == 0 ? "" : "link");
        return rpc;
    }

    /** A click on the element, with the mouse data a browser sends. */
    static ArrayNode click(ArrayNode rpc, int node) {
        ObjectNode o = rpc.addObject();
        o.put("type", "event");
        o.put("node", node);
        o.put("event", "click");
        ObjectNode data = o.putObject("data");
        for (String k : List.of("event.shiftKey", "event.metaKey", "event.altKey", "event.ctrlKey")) {
            data.put(k, false);
        }
        for (String k : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
            data.put(k, 0);
        }
        data.put("event.detail", 1);
        return rpc;
    }

    /** A DOM event of the element (change, click). */
    static ArrayNode event(ArrayNode rpc, int node, String event) {
        ObjectNode o = rpc.addObject();
        o.put("type", "event");
        o.put("node", node);
        o.put("event", event);
        o.set("data", JSON.createObjectNode());
        return rpc;
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
