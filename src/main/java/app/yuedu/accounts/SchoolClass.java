package app.yuedu.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's class; students join it with its join code. ("Class" is taken by Java, hence the name.) */
@Entity
@Table(name = "school_class")
public class SchoolClass extends PanacheEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public User teacher;

    @Column(name = "join_code", nullable = false, length = 16, unique = true)
    public String joinCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The key of this class's segmentation and word overrides. */
    public static String scopeKey(long classId) {
        return "class:" + classId;
    }
}
