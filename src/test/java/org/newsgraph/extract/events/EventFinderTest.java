package org.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.event.EventType;
import org.newsgraph.event.ParticipantRole;
import org.newsgraph.extract.Extracted;
import org.newsgraph.extract.Extraction;

/** Events and who takes which part in them, active, passive and as nouns. */
class EventFinderTest {

    @Test
    void anActiveInvitationHasAnInviterAnInviteeAndAPlace() {
        Extracted text = Extracted.from("President Amadou Keita invited Prime Minister Leila Haddad to visit Bamako on Monday.");
        Extraction.Event invitation = text.events(EventType.INVITATION).get(0);
        assertEquals(List.of("Amadou Keita"), text.participants(invitation, ParticipantRole.INVITER));
        assertEquals(List.of("Leila Haddad"), text.participants(invitation, ParticipantRole.INVITEE));
        assertEquals("Bamako", text.name(invitation.place()));
        Extraction.Event visit = text.events(EventType.VISIT).get(0);
        assertEquals(List.of("Leila Haddad"), text.participants(visit, ParticipantRole.VISITOR), "the one invited visits");
    }

    @Test
    void aPassiveInvitationNamesItsInviterAfterBy() {
        Extracted text = Extracted.from("Leila Haddad was invited to Bamako by Amadou Keita.");
        Extraction.Event invitation = text.events(EventType.INVITATION).get(0);
        assertEquals(List.of("Amadou Keita"), text.participants(invitation, ParticipantRole.INVITER));
        assertEquals(List.of("Leila Haddad"), text.participants(invitation, ParticipantRole.INVITEE));
    }

    @Test
    void ourInvitationInAQuoteIsTheSpeakers() {
        Extracted text = Extracted.from("“Please convey our invitation to visit Mali,” Amadou Keita told the envoy.");
        Extraction.Event invitation = text.events(EventType.INVITATION).get(0);
        assertEquals(List.of("Amadou Keita"), text.participants(invitation, ParticipantRole.INVITER));
        assertTrue(text.quote("Please convey").events().contains(text.extraction().events().indexOf(invitation)),
                "the quote belongs to the invitation it speaks of");
    }

    @Test
    void aSummitBetweenTwoAndAnAgreementTheySigned() {
        Extracted text = Extracted.from("""
                A summit between Amadou Keita and Leila Haddad took place in Dakar. President Amadou Keita of Mali \
                and Prime Minister Leila Haddad of Tunisia signed an agreement on fisheries.""");
        Extraction.Event summit = text.events(EventType.SUMMIT).get(0);
        assertEquals(List.of("Amadou Keita", "Leila Haddad"), text.participants(summit, ParticipantRole.PARTICIPANT));
        Extraction.Event agreement = text.events(EventType.AGREEMENT).get(0);
        assertEquals(List.of("Amadou Keita", "Leila Haddad"), text.participants(agreement, ParticipantRole.PARTICIPANT));
    }

    @Test
    void aDenialByTwoAndACancellationByTheSubjectOfTheClauseBefore() {
        Extracted text = Extracted.from("""
                The reports were denied by both Amadou Keita and Leila Haddad. Haddad was invited to Dakar, but \
                eventually canceled the trip.""");
        Extraction.Event denial = text.events(EventType.DENIAL).get(0);
        assertEquals(List.of("Amadou Keita", "Leila Haddad"), text.participants(denial, ParticipantRole.SUBJECT));
        Extraction.Event cancellation = text.events(EventType.CANCELLATION).get(0);
        assertEquals(List.of("Leila Haddad"), text.participants(cancellation, ParticipantRole.SUBJECT));
    }

    @Test
    void anEventToldTwiceInOneArticleIsOneEvent() {
        Extracted text = Extracted.from("""
                Amadou Keita invited Leila Haddad to Bamako. The invitation was delivered by letter.""");
        assertEquals(1, text.events(EventType.INVITATION).size());
    }
}
