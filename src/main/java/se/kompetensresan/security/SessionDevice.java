package se.kompetensresan.security;

import java.util.List;
import java.util.Map;

/**
 * The browser and system of a session in plain words ("Firefox · Windows") from its User-Agent, for the list of
 * one's own sessions; only this description is stored, never the User-Agent itself. Empty when nothing is known.
 * The common browsers only: an unknown one reads as unknown, which is all the list needs.
 */
final class SessionDevice {

    /** Checked in this order: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("SamsungBrowser/", "Samsung Internet"),
            Map.entry("Firefox/", "Firefox"), Map.entry("FxiOS/", "Firefox"), Map.entry("CriOS/", "Chrome"),
            Map.entry("Chromium/", "Chromium"), Map.entry("Chrome/", "Chrome"), Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Android", "Android"),
            Map.entry("Windows", "Windows"), Map.entry("CrOS", "ChromeOS"), Map.entry("Mac OS X", "macOS"),
            Map.entry("Macintosh", "macOS"), Map.entry("Linux", "Linux"));

    private SessionDevice() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser.isEmpty() || system.isEmpty()) {
            return browser + system;
        }
        return browser + " · " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(e -> userAgent.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("");
    }

    /** The address of the network, not of the machine: IPv4 to /24, IPv6 to /48. */
    static String maskedAddress(String address) {
        if (address == null) {
            return "";
        }
        if (address.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
            return address.substring(0, address.lastIndexOf('.')) + ".0/24";
        }
        if (address.contains(":")) {
            try {
                byte[] b = java.net.InetAddress.getByName(address).getAddress(); // a literal: no name look-up
                if (b.length == 16) {
                    return String.format("%x:%x:%x::/48", ((b[0] & 0xff) << 8) | (b[1] & 0xff),
                            ((b[2] & 0xff) << 8) | (b[3] & 0xff), ((b[4] & 0xff) << 8) | (b[5] & 0xff));
                }
            } catch (java.net.UnknownHostException e) {
                return "";
            }
        }
        return "";
    }
}
