package vn.chibo.meeting;

import org.springframework.stereotype.Component;

import vn.chibo.common.AppAddress;

/** Where a cell's calendar feed is reached: under CHIBO_PUBLIC_URL, or this machine when that is not set. */
@Component
class CalendarLinks {

    static final String PATH = "/calendar/";

    private final AppAddress address;

    CalendarLinks(AppAddress address) {
        this.address = address;
    }

    /** The address a phone's calendar subscribes to, and so keeps up to date: webcal://…. */
    String subscription(String token) {
        return feed(token).replaceFirst("^https?://", "webcal://");
    }

    /** The address of the file itself, for a calendar that imports it once. */
    String feed(String token) {
        return address.base() + PATH + token + ".ics";
    }
}
