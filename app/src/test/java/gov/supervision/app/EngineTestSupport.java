package gov.supervision.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** What engine tests share: the REST API as the demo users call it, and the event table, once the engine is ready. */
@EngineTest
public abstract class EngineTestSupport {

    @Autowired
    protected TestRestTemplate rest;
    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;
    protected EventLog events;

    @BeforeEach
    void connect() {
        api = new Api(rest).awaitReady();
        events = new EventLog(jdbc);
    }
}
