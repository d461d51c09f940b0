package org.collabscreen.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a webhook's host name to every address it has; tests replace it so that they need no DNS. */
@FunctionalInterface
interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver (DNS, /etc/hosts). */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
