package vn.chibo.statistics.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.statistics.Criteria;
import vn.chibo.statistics.QualityCriteria;
import vn.chibo.web.ApiProblems;

/**
 * A committee's quality criteria, inherited down the tree: {@code GET} gives those that hold for the unit and
 * where they were set ({@code definedAt}; {@code own} when the unit set them, {@code isDefault} for the bot's).
 */
@RestController
@RequestMapping("/api/admin/org-units/{id}/quality-criteria")
class AdminCriteriaController {

    record CriteriaRequest(String document, Double minPresentPercent, Integer maxUnexcusedAbsences,
                           Double targetPercent) {
    }

    record CriteriaView(String document, double minPresentPercent, int maxUnexcusedAbsences, double targetPercent,
                        Long definedAtUnitId, String definedAt, boolean own, boolean isDefault) {

        static CriteriaView of(QualityCriteria criteria, OrgUnit unit) {
            return new CriteriaView(criteria.document(), criteria.minPresentPercent(), criteria.maxUnexcusedAbsences(),
                    criteria.targetPercent(), criteria.definedAtUnitId(), criteria.definedAtName(),
                    criteria.definedAtUnitId() != null && criteria.definedAtUnitId() == unit.id(), criteria.isDefault());
        }
    }

    private final Organization organization;
    private final Criteria criteria;
    private final MessageSource messages;

    AdminCriteriaController(Organization organization, Criteria criteria, MessageSource messages) {
        this.organization = organization;
        this.criteria = criteria;
        this.messages = messages;
    }

    @GetMapping
    CriteriaView get(@PathVariable long id) {
        OrgUnit unit = unit(id);
        return CriteriaView.of(criteria.effective(unit), unit);
    }

    @PutMapping
    CriteriaView set(@PathVariable long id, @RequestBody CriteriaRequest body, Locale locale) {
        OrgUnit unit = unit(id);
        QualityCriteria set = ApiProblems.orUnprocessable(criteria.set(unit, body.document(), body.minPresentPercent(),
                body.maxUnexcusedAbsences(), body.targetPercent()), messages, "criteria.refused", locale);
        return CriteriaView.of(set, unit);
    }

    /** The unit takes the criteria from above again. */
    @DeleteMapping
    CriteriaView inherit(@PathVariable long id) {
        OrgUnit unit = unit(id);
        return CriteriaView.of(criteria.inherit(unit), unit);
    }

    private OrgUnit unit(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }
}
