package gov.supervision.app.config;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who listens on a port of "localhost", the name the embedded server listens on and the engine connects to. Asked
 * before the server starts: PostgreSQL that cannot bind one of localhost's addresses only warns and goes on, so a
 * program on 127.0.0.1 alone would take the engine's connections while its server listens on ::1.
 */
final class LoopbackPort {

    private static final int CONNECT_MILLIS = 500;
    private static final int ANSWER_MILLIS = 1000;
    /** PostgreSQL's SSLRequest (length 8, code 1234 5679): every PostgreSQL server answers it with 'S' or 'N'. */
    private static final int SSL_REQUEST_CODE = 80877103;

    private LoopbackPort() {
    }

    /** What holds the port, in words for a message ("another PostgreSQL server"), or empty when it is free. */
    static Optional<String> holder(int port) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName("localhost");
        } catch (UnknownHostException e) {
            addresses = new InetAddress[]{InetAddress.getLoopbackAddress()};
        }
        for (InetAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), CONNECT_MILLIS);
                return Optional.of(answersAsPostgres(socket) ? "another PostgreSQL server"
                        : "a program that is not PostgreSQL");
            } catch (IOException nobodyThere) {
                // refused (or no such address on this machine): nothing listens here
            }
        }
        return Optional.empty();
    }

    private static boolean answersAsPostgres(Socket socket) {
        try {
            socket.setSoTimeout(ANSWER_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST_CODE);
            out.flush();
            InputStream in = socket.getInputStream();
            int answer = in.read();
            return answer == 'S' || answer == 'N';
        } catch (IOException silentOrClosed) {
            return false;
        }
    }
}
