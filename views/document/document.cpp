#include "document/document.h"

#include "commands/design_commands.h"
#include "commands/layout_commands.h"
#include "commands/resource_commands.h"
#include "design/references.h"
#include "io/design_file.h"

#include <QSaveFile>
#include <QUndoStack>

#include <algorithm>

namespace spokewise::views {

QString toQString(const Id &id)
{
    return QString::fromStdString(id.str());
}

Id toId(const QString &text)
{
    return Id(text.toStdString());
}

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::reset(Design design, const QString &filePath)
{
    m_undoStack->clear();
    m_design = std::move(design);
    ++m_revision;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    emit designReset();
    emit changed();
}

io::Diagnostics Document::load(const QString &filePath)
{
    auto result = io::loadDesignFile(filePath.toStdString());
    if (!result.ok())
        return std::move(result.diagnostics);
    reset(std::move(*result.design), filePath);
    return {};
}

std::optional<QString> Document::save(const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const auto text = io::serializeDesign(m_design);
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        const auto reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    m_undoStack->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    return std::nullopt;
}

void Document::addResources(std::vector<Resource> resources, const std::map<Id, LayoutBox> &layout,
                            const QString &text)
{
    if (resources.empty())
        return;
    m_undoStack->push(new AddResourcesCommand(this, std::move(resources), layout, text));
}

void Document::removeElements(const std::set<Id> &ids, const QString &text)
{
    auto command = std::make_unique<RemoveElementsCommand>(this, ids, text);
    if (!command->isEmpty())
        m_undoStack->push(command.release());
}

void Document::changeResource(const Resource &newValue, const QString &text, const QString &mergeKey)
{
    const auto *current = m_design.find(newValue.id);
    if (!current || current->kind() != newValue.kind() || *current == newValue)
        return;
    m_undoStack->push(new ChangeResourceCommand(this, *current, newValue, text, mergeKey));
}

void Document::setLayout(const std::map<Id, LayoutBox> &boxes, const QString &text, bool continuing)
{
    bool differs = false;
    for (const auto &[id, box] : boxes) {
        const auto it = m_design.layout.elements.find(id);
        differs = differs || it == m_design.layout.elements.end() || !(it->second == box);
    }
    if (differs)
        m_undoStack->push(new SetLayoutCommand(this, boxes, text, continuing));
}

void Document::changeSettings(const std::string &name, const std::string &description,
                              const Assumptions &assumptions, const QString &text)
{
    if (name == m_design.name && description == m_design.description && assumptions == m_design.assumptions)
        return;
    m_undoStack->push(new ChangeSettingsCommand(this, {name, description, assumptions}, text));
}

void Document::replaceAll(Design design, const QString &text)
{
    if (design == m_design)
        return;
    m_undoStack->push(new ReplaceDesignCommand(this, std::move(design), text));
}

std::vector<Resource> Document::withFreshIds(std::vector<Resource> resources, std::map<Id, Id> *renamed) const
{
    std::map<Id, Id> rename;
    std::set<Id> takenIds;
    std::set<std::string> takenNames;
    const auto fresh = [&](const Id &old) {
        // "spoke1-3" -> base "spoke1", so copies of copies don't grow suffixes.
        std::string base = old.str();
        const auto dash = base.find_last_of('-');
        if (dash != std::string::npos && dash + 1 < base.size()
            && std::all_of(base.begin() + static_cast<long>(dash) + 1, base.end(), ::isdigit))
            base.resize(dash);
        const auto id = uniqueId(m_design, base, takenIds);
        takenIds.insert(id);
        rename[old] = id;
        return id;
    };
    for (auto &r : resources) {
        r.id = fresh(r.id);
        r.name = uniqueName(m_design, r.name, takenNames);
        takenNames.insert(r.name);
        if (auto *vnet = r.as<VirtualNetwork>()) {
            for (auto &s : vnet->subnets)
                s.id = fresh(s.id);
        }
    }
    for (auto &r : resources)
        renameReferences(r, rename);
    if (renamed)
        *renamed = rename;
    return resources;
}

void Document::insertResource(std::size_t index, Resource resource)
{
    const auto id = toQString(resource.id);
    index = std::min(index, m_design.resources.size());
    m_design.resources.insert(m_design.resources.begin() + static_cast<long>(index), std::move(resource));
    emit resourcesAdded({id});
}

Resource Document::takeResource(const Id &id, std::size_t *index)
{
    const auto it = std::find_if(m_design.resources.begin(), m_design.resources.end(),
                                 [&](const Resource &r) { return r.id == id; });
    Q_ASSERT(it != m_design.resources.end());
    if (index)
        *index = static_cast<std::size_t>(it - m_design.resources.begin());
    Resource taken = std::move(*it);
    m_design.resources.erase(it);
    emit resourcesRemoved({toQString(id)});
    return taken;
}

void Document::replaceResource(const Resource &value)
{
    auto *current = m_design.find(value.id);
    Q_ASSERT(current);
    *current = value;
    emit resourceChanged(toQString(value.id));
}

void Document::setLayoutBox(const Id &id, const std::optional<LayoutBox> &box)
{
    if (box)
        m_design.layout.elements[id] = *box;
    else
        m_design.layout.elements.erase(id);
    emit layoutChanged({toQString(id)});
}

void Document::setSettings(const std::string &name, const std::string &description, const Assumptions &assumptions)
{
    m_design.name = name;
    m_design.description = description;
    m_design.assumptions = assumptions;
    emit settingsChanged();
}

void Document::setDesign(const Design &design)
{
    m_design = design;
    emit designReset();
}

void Document::emitChanged()
{
    ++m_revision;
    emit changed();
}

} // namespace spokewise::views
