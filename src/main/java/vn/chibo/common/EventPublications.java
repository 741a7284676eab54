package vn.chibo.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Repository;
import org.springframework.util.ClassUtils;

/**
 * Spring Modulith's event publication registry on our own database, in SQL both engines share (Modulith's own JDBC
 * store knows PostgreSQL but not SQLite). A publication is written in the transaction that published its event;
 * Modulith marks it completed when the listener returns, which deletes it (completion mode {@code DELETE}); what a
 * crash leaves behind is resubmitted at the next start.
 */
@Repository
class EventPublications implements EventPublicationRepository, BeanClassLoaderAware {

    private static final String COLUMNS = "id, listener_id, event_type, serialized_event, publication_date, "
            + "completion_date, status, completion_attempts, last_resubmission_date";

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

    EventPublications(JdbcClient jdbc, EventSerializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        jdbc.sql("INSERT INTO event_publication (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?, 0, NULL)")
                .params(publication.getIdentifier().toString(), publication.getTargetIdentifier().getValue(),
                        publication.getEvent().getClass().getName(), serialized(publication.getEvent()),
                        publication.getPublicationDate().toEpochMilli(), EventPublication.Status.PUBLISHED.name())
                .update();
        return publication;
    }

    @Override
    public void markProcessing(UUID identifier) {
        jdbc.sql("UPDATE event_publication SET status = ? WHERE id = ?")
                .params(EventPublication.Status.PROCESSING.name(), identifier.toString()).update();
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        jdbc.sql("DELETE FROM event_publication WHERE listener_id = ? AND serialized_event = ? AND completion_date IS NULL")
                .params(identifier.getValue(), serialized(event)).update();
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(identifier.toString()).update();
    }

    @Override
    public void markFailed(UUID identifier) {
        jdbc.sql("UPDATE event_publication SET status = ?, completion_attempts = completion_attempts + 1 WHERE id = ?")
                .params(EventPublication.Status.FAILED.name(), identifier.toString()).update();
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return jdbc.sql("UPDATE event_publication SET status = ?, last_resubmission_date = ? WHERE id = ? AND status <> ?")
                .params(EventPublication.Status.RESUBMITTED.name(), resubmissionDate.toEpochMilli(), identifier.toString(),
                        EventPublication.Status.RESUBMITTED.name())
                .update() > 0;
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_publication WHERE completion_date IS NULL ORDER BY publication_date")
                .query(this::publication).list();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_publication WHERE completion_date IS NULL "
                        + "AND publication_date < ? ORDER BY publication_date")
                .param(instant.toEpochMilli()).query(this::publication).list();
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier identifier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_publication WHERE listener_id = ? AND serialized_event = ? "
                        + "AND completion_date IS NULL ORDER BY publication_date")
                .params(identifier.getValue(), serialized(event)).query(this::publication).stream().findFirst();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        InLists.forEachSlice(identifiers.stream().map(UUID::toString).toList(),
                slice -> jdbc.sql("DELETE FROM event_publication WHERE id IN (:ids)").param("ids", slice).update());
    }

    @Override
    public void deleteCompletedPublications() {
        jdbc.sql("DELETE FROM event_publication WHERE completion_date IS NOT NULL").update();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        jdbc.sql("DELETE FROM event_publication WHERE completion_date < ?").param(instant.toEpochMilli()).update();
    }

    private String serialized(Object event) {
        return serializer.serialize(event).toString();
    }

    private TargetEventPublication publication(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        Class<?> type;
        try {
            type = ClassUtils.forName(row.getString("event_type"), classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("An event publication names a type this release does not have: "
                    + row.getString("event_type"), e);
        }
        Object resubmitted = row.getObject("last_resubmission_date");
        return new StoredPublication(UUID.fromString(row.getString("id")),
                serializer.deserialize(row.getString("serialized_event"), type),
                PublicationTargetIdentifier.of(row.getString("listener_id")),
                Instant.ofEpochMilli(row.getLong("publication_date")),
                EventPublication.Status.valueOf(row.getString("status")), row.getInt("completion_attempts"),
                resubmitted == null ? null : Instant.ofEpochMilli(((Number) resubmitted).longValue()));
    }

    /** A publication read back; completing it is the registry's call to {@link #markCompleted(UUID, Instant)}. */
    private static final class StoredPublication implements TargetEventPublication {

        private final UUID identifier;
        private final Object event;
        private final PublicationTargetIdentifier target;
        private final Instant publicationDate;
        private final EventPublication.Status status;
        private final int completionAttempts;
        private final Instant lastResubmissionDate;
        private Instant completionDate;

        StoredPublication(UUID identifier, Object event, PublicationTargetIdentifier target, Instant publicationDate,
                          EventPublication.Status status, int completionAttempts, Instant lastResubmissionDate) {
            this.identifier = identifier;
            this.event = event;
            this.target = target;
            this.publicationDate = publicationDate;
            this.status = status;
            this.completionAttempts = completionAttempts;
            this.lastResubmissionDate = lastResubmissionDate;
        }

        @Override
        public UUID getIdentifier() {
            return identifier;
        }

        @Override
        public Object getEvent() {
            return event;
        }

        @Override
        public PublicationTargetIdentifier getTargetIdentifier() {
            return target;
        }

        @Override
        public Instant getPublicationDate() {
            return publicationDate;
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.ofNullable(completionDate);
        }

        @Override
        public EventPublication.Status getStatus() {
            return completionDate != null ? EventPublication.Status.COMPLETED : status;
        }

        @Override
        public Instant getLastResubmissionDate() {
            return lastResubmissionDate;
        }

        @Override
        public int getCompletionAttempts() {
            return completionAttempts;
        }

        @Override
        public void markCompleted(Instant instant) {
            this.completionDate = instant;
        }
    }
}
