package vn.chibo.signin;

import org.springframework.stereotype.Component;

import vn.chibo.common.AppAddress;

/** Addresses of dashboard pages for chat messages: on CHIBO_PUBLIC_URL, or on this machine while there is none. */
@Component
class DashboardLinks {

    private final AppAddress address;

    DashboardLinks(AppAddress address) {
        this.address = address;
    }

    String signIn(String token) {
        return address.base() + "/dashboard/login/" + token;
    }
}
