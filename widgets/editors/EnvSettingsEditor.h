// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EditScope.h"
#include "FieldSet.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace Fd {

class ComboField;
class EditSession;
class PresenceField;
class SpinField;

/// The form for what users change most in an env, at env level or as one region's override:
/// instance type, ASG size, deploy strategy, health check, subnet, scaling policy, security
/// group extras, Eureka, approval, completion webhooks and custom tags, plus each pipeline type's
/// own keys. A section shows only while the runway's pipeline type is one whose Foremast code
/// reads its keys (the All Keys tree still has every key). Sections go from what only the runway's
/// type reads to what every type reads alike: ec2's instance, deployment, health check, scaling
/// and security group sections, or the type's own sections (what is deployed first, then its
/// network, events and extras), come before approval, completion webhooks and custom tags. Every field shows where its value
/// comes from and can be reset to what it inherits. It reads the document on every change and
/// writes only through the EditSession.
class EnvSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvSettingsEditor(EditSession *session, QWidget *parent = nullptr);
    /// A form with no section built yet, and no session: buildNextSection() adds the sections one
    /// at a time (the settings panel builds the form in idle time, a section per turn of the
    /// event loop, so that no single step keeps input waiting). setSession() builds the rest.
    struct Unbuilt {};
    explicit EnvSettingsEditor(Unbuilt, QWidget *parent = nullptr);
    /// Builds the next section of an Unbuilt form; false when every section exists. The complete
    /// form is the one the other constructor builds.
    bool buildNextSection();
    bool isComplete() const { return m_complete; }

    /// Edits another runway (null: none, every field empty and disabled) at `scope` (by default
    /// no environment, as a new form), without scopeChanged.
    void setSession(EditSession *session, const EditScope &scope = EditScope());

    /// Edits `env` (region empty: env level) or `region`'s override block of `env`.
    void setScope(const QString &env, const QString &region = {});
    const EditScope &scope() const { return m_scope; }

    /// Shows and focuses the field for `path` of `file` (an env's file; paths below
    /// "regions.<r>" switch to that region). False when the form has no field for it.
    bool focusKey(const FileId &file, const KeyPath &path);

    /// The field for a path relative to the scope (e.g. {"asg","min_inst"}), or nullptr; of two
    /// fields for one key (deploy_strategy), the one shown for the runway's type.
    SettingField *field(const KeyPath &path) const;
    /// Whether `field`'s section shows for the runway's pipeline type.
    bool isShownForType(const SettingField *field) const;
    /// The text saying which settings show for the runway's type; empty for ec2.
    QString typeNote() const;
    const QList<SettingField *> &fields() const { return m_fields.fields(); }
    /// The inline message about ASG min/max, empty when the pair is valid.
    QString asgProblem() const;

Q_SIGNALS:
    /// The scope changed (also when focusKey switched it).
    void scopeChanged(const QString &env, const QString &region);

private:
    /// Builds the next part of the form; false when all exist (EnvSettingsEditorForm.cpp).
    bool buildStep();
    void buildInstances();
    void buildDeployment();
    void buildHealthCheckSection();
    void buildScalingSection();
    void buildSecurityGroups();
    void buildApproval();
    void buildCompletionWebhooks();
    void buildCustomTags();
    QFormLayout *addSection(const QString &title);
    template<class F> F *addField(QFormLayout *form, F *field);
    void buildHealthCheck(QFormLayout *form);
    void buildScaling(QFormLayout *form);
    void buildDataPipelineAndStepFunctionSections(); // EnvSettingsEditorTypes.cpp
    void buildLambdaSections(); // EnvSettingsLambdaS3.cpp
    void buildS3Sections();     // EnvSettingsLambdaS3.cpp
    void buildCloudFunctionSections(); // EnvSettingsCloudFunction.cpp
    /// A section shown only for runways of pipeline type `kind`.
    QFormLayout *addTypeSection(const QString &kind, const QString &title);
    /// Adds `field` to `form` with a badge tooltip saying what the key does (`what`, may be
    /// empty) and where Foremast reads it (`where`, e.g. "awslambda/awslambda.py:70").
    SettingField *addCited(QFormLayout *form, SettingField *field, const QString &what, const char *where);
    /// Shows `form`'s section only for runways whose editorKind() is one of `kinds`.
    void showFor(QFormLayout *form, const QStringList &kinds);
    void refreshTypeSections();
    void bind(EditSession *session);
    void onDocumentChanged(const DocumentChange &change);
    void refresh();
    void applyEdits(SettingField *field, const QList<FieldEdit> &edits, bool typing, const QString &text);
    void applyAsg(SettingField *field, const QList<FieldEdit> &edits);
    QJsonValue inheritedValue(const KeyPath &path) const;
    void setAsgProblem(const QString &problem);

    EditSession *m_session = nullptr;
    int m_builtSteps = 0; ///< parts of the form built so far (buildStep())
    bool m_complete = false;
    QMetaObject::Connection m_documentConnection;
    EditScope m_scope;
    FieldSet m_fields;
    QList<QPair<QWidget *, QStringList>> m_sectionKinds; ///< section → the kinds it shows for
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_typeNote;
    SpinField *m_minInst = nullptr;
    SpinField *m_maxInst = nullptr;
    QWidget *m_asgProblemBox = nullptr;
    QLabel *m_asgProblem = nullptr;
    bool m_asgPending = false;
    ComboField *m_hcType = nullptr;
    QLabel *m_hcNote = nullptr;
    QLabel *m_graceTotal = nullptr;
    PresenceField *m_scaling = nullptr;
    QList<SettingField *> m_scalingFields;
};

} // namespace Fd
