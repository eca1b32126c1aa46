package io.newsflow.testkit.tls;

import java.net.URI;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A real HTTPS endpoint with HTTP basic authentication in front of a plain-HTTP server, the way a secured
 * OpenSearch answers a user with write rights on some indices only: TLS with a certificate from a {@link TestCa},
 * 401 with {@code WWW-Authenticate: Basic} for a missing or wrong password, 403 for the cluster root
 * ({@code GET /}), and every other authenticated request passed through to the target. Jetty does the
 * work (TLS connector, {@link BasicAuthenticator}, reverse {@link ProxyHandler}); it listens on a free loopback
 * port until {@link #close()}.
 *
 * <p>Thread-safe.
 */
public final class HttpsBasicAuthProxy implements AutoCloseable {

    private static final String KEY_STORE_PASSWORD = "proxy-key-store";

    private final Server server;
    private final String url;

    private HttpsBasicAuthProxy(Server server, String url) {
        this.server = server;
        this.url = url;
    }

    /**
     * Starts the proxy to {@code target} (e.g. {@code http://127.0.0.1:9200}), serving {@code identity}'s
     * certificate and admitting only {@code user} with {@code password}.
     */
    public static HttpsBasicAuthProxy start(String target, TestCa.ServerIdentity identity, String user,
                                            String password) throws Exception {
        Server server = new Server(new QueuedThreadPool(16, 2));
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(identity.keyStore(KEY_STORE_PASSWORD));
        tls.setKeyStorePassword(KEY_STORE_PASSWORD);
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);

        String base = URI.create(target).toString().replaceAll("/+$", "");
        ProxyHandler.Reverse proxy = new ProxyHandler.Reverse(
                request -> HttpURI.build(base + request.getHttpURI().getPathQuery()));

        UserStore users = new UserStore();
        users.addUser(user, Credential.getCredential(password), new String[] {"writer"});
        HashLoginService login = new HashLoginService("newsflow test OpenSearch");
        login.setUserStore(users);
        SecurityHandler.PathMapped security = new SecurityHandler.PathMapped();
        security.setLoginService(login);
        security.setAuthenticator(new BasicAuthenticator());
        security.put("/*", Constraint.ANY_USER);
        security.put("^/$", Constraint.from("cluster_monitor"));
        security.setHandler(proxy);
        server.setHandler(security);
        server.start();
        return new HttpsBasicAuthProxy(server, "https://127.0.0.1:" + connector.getLocalPort());
    }

    /** {@code https://127.0.0.1:<port>}. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
