package io.newsroom.edition.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules behind the desk's security: the locks after failed sign-ins and where each token is good. */
class DeskSecurityRulesTest {

    @Test
    void locksDoubleAfterTheFreeFailuresUpToTheLongest() {
        long[] locks = new long[16];
        for (int failures = 1; failures <= 16; failures++) {
            locks[failures - 1] = SignInThrottle.lockSeconds(failures, 3, 900);
        }
        assertEquals("[0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]",
                java.util.Arrays.toString(locks));
        assertEquals(900, SignInThrottle.lockSeconds(Integer.MAX_VALUE, 3, 900), "no overflow");
        assertEquals(0, SignInThrottle.lockSeconds(10, 10, 900));
        assertEquals(1, SignInThrottle.lockSeconds(11, 10, 900));
    }

    @Test
    void theDeskTakesItsCookieWithTheDeskAudienceAndTheApiBearerApiTokens() {
        Set<String> desk = Set.of("newsroom-desk");
        Set<String> api = Set.of("newsroom-api");
        assertNull(TokenUseRules.refusal(true, true, desk, "j1"));
        assertNull(TokenUseRules.refusal(false, false, api, null));
        assertNotNull(TokenUseRules.refusal(true, false, desk, "j1"), "a bearer token on the desk");
        assertNotNull(TokenUseRules.refusal(true, true, api, "j1"), "an API token in the desk cookie");
        assertNotNull(TokenUseRules.refusal(true, true, desk, null), "a session without jti cannot be revoked");
        assertNotNull(TokenUseRules.refusal(false, true, desk, "j1"), "the cookie on the API");
        assertNotNull(TokenUseRules.refusal(false, false, desk, "j1"), "the session token as a bearer");
        assertNotNull(TokenUseRules.refusal(false, false, null, null), "no audience");
    }
}
