package vn.chibo.conversation;

import java.util.List;

/** A command whose names, audience and place in help are plain data, given once to the constructor. */
public abstract class NamedCommand implements ChatCommand {

    private final String name;
    private final List<String> aliases;
    private final Access access;
    private final boolean offeredAsButton;
    private final CellScope cellScope;

    /** @param englishAlias null when the Vietnamese name serves every language ("start") */
    protected NamedCommand(String name, String englishAlias, Access access, boolean offeredAsButton) {
        this(name, englishAlias, access, offeredAsButton, CellScope.NONE);
    }

    protected NamedCommand(String name, String englishAlias, Access access, boolean offeredAsButton, CellScope cellScope) {
        this.cellScope = cellScope;
        this.name = name;
        this.aliases = englishAlias == null ? List.of() : List.of(englishAlias);
        this.access = access;
        this.offeredAsButton = offeredAsButton;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public boolean offeredAsButton() {
        return offeredAsButton;
    }

    @Override
    public CellScope cellScope() {
        return cellScope;
    }
}
